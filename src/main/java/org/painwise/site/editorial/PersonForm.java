package org.painwise.site.editorial;

import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Person;

/** An author or reviewer as the form holds them, exactly as typed. */
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
		peopleAndTopics.savePerson(id, getName().strip(), credentials.strip(), bio == null ? "" : bio.strip());
	}

	public String getCredentials() {
		return credentials;
	}

	public void setCredentials(String credentials) {
		this.credentials = credentials;
	}

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

}
