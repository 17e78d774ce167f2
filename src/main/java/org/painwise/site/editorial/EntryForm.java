package org.painwise.site.editorial;

import lombok.Getter;
import lombok.Setter;
import org.painwise.site.articles.PeopleAndTopics;

/** What the person and topic forms share: a name, kept exactly as typed. */
@Getter
@Setter
public abstract class EntryForm {

	/** The longest name a person or topic may have. */
	static final int MAX_NAME_LENGTH = 120;

	private String name = "";

	/**
	 * Adds the entry when the id is null, or changes the one with the id, as typed but
	 * stripped.
	 */
	abstract void save(PeopleAndTopics peopleAndTopics, Long id);

}
