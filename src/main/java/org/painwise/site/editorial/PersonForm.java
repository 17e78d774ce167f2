package org.painwise.site.editorial;

import lombok.Getter;
import lombok.Setter;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Person;
import org.painwise.site.shared.TypedText;

/** An author or reviewer as the form holds them, exactly as typed. */
@Getter
@Setter
public class PersonForm extends EntryForm {

	private String credentials = "";

	private String bio = "";

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.setName(person.getName());
		form.setCredentials(person.getCredentials());
		form.setBio(person.getBio());
		return form;
	}

	@Override
	void save(PeopleAndTopics peopleAndTopics, Long id) {
		peopleAndTopics.savePerson(id, getName().strip(), credentials.strip(), TypedText.stripped(bio));
	}

}
