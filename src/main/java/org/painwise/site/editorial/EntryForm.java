package org.painwise.site.editorial;

/** What the person and topic forms share: a name, kept exactly as typed. */
public abstract class EntryForm {

	/** The longest name a person or topic may have. */
	static final int MAX_NAME_LENGTH = 120;

	private String name = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
