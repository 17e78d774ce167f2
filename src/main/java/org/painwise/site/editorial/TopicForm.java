package org.painwise.site.editorial;

import lombok.Getter;
import lombok.Setter;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Topic;
import org.painwise.site.shared.Markdown;

/**
 * A topic as the form holds it, exactly as typed; an empty slug is made from the name.
 */
@Getter
@Setter
public class TopicForm extends EntryForm {

	private String slug = "";

	private String description = "";

	static TopicForm of(Topic topic) {
		TopicForm form = new TopicForm();
		form.setName(topic.getName());
		form.setSlug(topic.getSlug());
		form.setDescription(topic.getDescription());
		return form;
	}

	/** A topic saved without a web address gets one made from its name. */
	void slugFromNameIfEmpty() {
		if (slug == null || slug.isBlank()) {
			slug = Markdown.slugOf(getName());
		}
	}

	@Override
	void save(PeopleAndTopics peopleAndTopics, Long id) {
		peopleAndTopics.saveTopic(id, slug.strip(), getName().strip(), description.strip());
	}

}
