package org.painwise.site.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The charity's plain pages: About us, Get help &amp; support, Get involved, the privacy
 * notice, the accessibility statement and the community guidelines for comments. Their
 * text is Markdown in {@code classpath:pages/}, with the charity's details filled in from
 * the site settings.
 */
@Controller
@RequiredArgsConstructor
class SitePagesController {

	private final Markdown markdown;

	private final SiteProperties site;

	private final Map<String, Markdown.Rendered> rendered = new ConcurrentHashMap<>();

	@GetMapping("/{page:about|help|get-involved|privacy|accessibility|guidelines}")
	String page(@PathVariable String page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("body", rendered.computeIfAbsent(page, this::render));
		return "site/page";
	}

	/** A sentence with its number as a Markdown link that dials it, in bold. */
	private static String dialable(PhoneText text) {
		return text.before() + "**[" + text.number() + "](" + text.tel() + ")**" + text.after();
	}

	private Markdown.Rendered render(String page) {
		try {
			String source = new ClassPathResource("pages/" + page + ".md").getContentAsString(StandardCharsets.UTF_8)
				.replace("{site}", site.name())
				.replace("{emergency}", dialable(site.crisis().emergencyText()))
				.replace("{urgent}", dialable(site.crisis().urgentText()))
				.replace("{crisisline}", dialable(site.crisis().lineText()))
				.replace("{helplineTel}", site.helpline().telLink())
				.replace("{helpline}", site.helpline().number())
				.replace("{hours}", site.helpline().hours())
				.replace("{email}", site.contactEmail())
				.replace("{forum}", site.forumUrl().toString());
			return markdown.render(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
