package org.painwise.site.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.Getter;

/** Someone who writes or medically reviews articles, shown with their credentials. */
@Entity
@Getter
@Table(name = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String credentials;

	@Column(nullable = false)
	private String bio = "";

	protected Person() {
	}

	public Person(String name, String credentials, String bio) {
		this.name = name;
		this.credentials = credentials;
		this.bio = bio;
	}

	void change(String name, String credentials, String bio) {
		this.name = name;
		this.credentials = credentials;
		this.bio = bio == null ? "" : bio;
	}

}
