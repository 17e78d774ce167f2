package org.painwise.site.articles;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code MedicalWebPage} description of an article, for search engines.
 * The result is JSON that is safe inside a {@code <script type="application/ld+json">}
 * element: characters that could end the element are escaped.
 */
@Component
@RequiredArgsConstructor
class MedicalWebPageJsonLd {

	private final JsonMapper json;

	private final SiteProperties site;

	String of(ArticlePage page) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "MedicalWebPage");
		data.put("url", site.absoluteUrl("/articles/" + page.slug()));
		data.put("name", page.title());
		data.put("headline", page.title());
		data.put("description", page.standfirst());
		data.put("inLanguage", "en-GB");
		if (page.firstPublished() != null) {
			data.put("datePublished", page.firstPublished().toString());
		}
		if (page.lastReviewed() != null) {
			data.put("lastReviewed", page.lastReviewed().toString());
		}
		data.put("author", person(page.author()));
		data.put("reviewedBy", person(page.reviewer()));
		data.put("publisher", Map.of("@type", "Organization", "name", site.name(), "url", site.absoluteUrl("/")));
		return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static Map<String, Object> person(ArticlePage.Author author) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", author.name());
		person.put("jobTitle", author.credentials());
		return person;
	}

}
