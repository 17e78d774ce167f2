package org.painwise.site.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.Getter;

/** A group of related articles, such as "Medicines for nerve pain". */
@Entity
@Getter
@Table(name = "topic")
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int position;

	protected Topic() {
	}

	public Topic(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

	void change(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

}
