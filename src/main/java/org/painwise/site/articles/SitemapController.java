package org.painwise.site.articles;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code sitemap.xml} with every published article, topic and site page, and
 * {@code robots.txt} pointing to it.
 */
@Controller
@RequiredArgsConstructor
class SitemapController {

	private static final List<String> SITE_PAGES = List.of("/", "/articles", "/about", "/help", "/get-involved",
			"/privacy", "/accessibility", "/guidelines");

	private final ArticleCatalog catalog;

	private final SiteProperties site;

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		SITE_PAGES.forEach(path -> url(xml, path, null));
		catalog.topics().forEach(topic -> url(xml, "/topics/" + topic.slug(), null));
		catalog.sitemapEntries()
			.forEach(entry -> url(xml, "/articles/" + entry.getSlug(),
					entry.getLastReviewed() == null ? null : entry.getLastReviewed().toString()));
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /staff
				Disallow: /login
				Disallow: /search

				Sitemap: %s
				""".formatted(site.absoluteUrl("/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	private void url(StringBuilder xml, String path, String lastModified) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absoluteUrl(path))).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
