package org.painwise.site.editorial;

import org.painwise.site.articles.TopicDetails;

/** A topic as the form holds it, exactly as typed; an empty slug is made from the name. */
public class TopicForm extends EntryForm {

	private String slug = "";

	private String description = "";

	static TopicForm of(TopicDetails topic) {
		TopicForm form = new TopicForm();
		form.setName(topic.name());
		form.setSlug(topic.slug());
		form.setDescription(topic.description());
		return form;
	}

	TopicDetails toDetails(Long id) {
		return new TopicDetails(id, slug.strip(), getName().strip(), description.strip());
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
