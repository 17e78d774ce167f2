package org.painwise.site.editorial;

import org.painwise.site.articles.PersonDetails;

/** An author or reviewer as the form holds them, exactly as typed. */
public class PersonForm extends EntryForm {

	private String credentials = "";

	private String bio = "";

	static PersonForm of(PersonDetails person) {
		PersonForm form = new PersonForm();
		form.setName(person.name());
		form.setCredentials(person.credentials());
		form.setBio(person.bio());
		return form;
	}

	PersonDetails toDetails(Long id) {
		return new PersonDetails(id, getName().strip(), credentials.strip(), bio == null ? "" : bio.strip());
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
