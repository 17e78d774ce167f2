package org.painwise.site.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.painwise.site.articles.TopicDetails;

/**
 * A topic as the form holds it; the name and description are kept without surrounding spaces.
 * The slug is checked by the controller, which makes it from the name when left empty.
 */
public class TopicForm {

	/** The longest slug a topic may have. */
	static final int MAX_SLUG_LENGTH = 80;

	@NotBlank(message = "{editorial.name.required}")
	@Size(max = 120, message = "{editorial.tooLong}")
	private String name = "";

	private String slug = "";

	@NotBlank(message = "{editorial.description.required}")
	@Size(max = 2000, message = "{editorial.tooLong}")
	private String description = "";

	static TopicForm of(TopicDetails topic) {
		TopicForm form = new TopicForm();
		form.setName(topic.name());
		form.setSlug(topic.slug());
		form.setDescription(topic.description());
		return form;
	}

	TopicDetails toDetails(Long id) {
		return new TopicDetails(id, slug.strip(), name, description);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = PersonForm.stripped(name);
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = PersonForm.stripped(description);
	}

}
