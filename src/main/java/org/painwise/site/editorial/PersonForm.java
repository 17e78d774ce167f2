package org.painwise.site.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.painwise.site.articles.PersonDetails;

/** An author or reviewer as the form holds them; what was typed is kept without surrounding spaces. */
public class PersonForm {

	@NotBlank(message = "{editorial.name.required}")
	@Size(max = 120, message = "{editorial.tooLong}")
	private String name = "";

	@NotBlank(message = "{editorial.credentials.required}")
	@Size(max = 200, message = "{editorial.tooLong}")
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
		return new PersonDetails(id, name, credentials, bio);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = stripped(name);
	}

	public String getCredentials() {
		return credentials;
	}

	public void setCredentials(String credentials) {
		this.credentials = stripped(credentials);
	}

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = stripped(bio);
	}

	static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

}
