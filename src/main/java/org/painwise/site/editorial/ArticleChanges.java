package org.painwise.site.editorial;

import java.util.ArrayList;
import java.util.List;

import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.Faq;
import org.painwise.site.articles.Reference;

/**
 * What differs, field by field and line by line, between a saved article and an editor's
 * text: the conflict page shows it when someone else saved the article meanwhile.
 */
final class ArticleChanges {

	private ArticleChanges() {
	}

	/** A field that differs between the saved article and the editor's text. */
	record Change(String labelCode, List<LineDiff.Line> lines) {
	}

	/** The fields that differ, in the editor's order; empty when none does. */
	static List<Change> between(ArticleContent saved, ArticleContent yours) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "editorial.title", saved.title(), yours.title());
		compare(changes, "editorial.slug", saved.slug(), yours.slug());
		compare(changes, "editorial.standfirst", saved.standfirst(), yours.standfirst());
		compare(changes, "editorial.body", saved.bodyMarkdown(), yours.bodyMarkdown());
		compare(changes, "editorial.references", lines(saved.references().stream().map(ArticleChanges::line).toList()),
				lines(yours.references().stream().map(ArticleChanges::line).toList()));
		compare(changes, "editorial.faqs", lines(saved.faqs().stream().map(ArticleChanges::line).toList()),
				lines(yours.faqs().stream().map(ArticleChanges::line).toList()));
		compare(changes, "editorial.disclaimer", nullToEmpty(saved.disclaimer()), nullToEmpty(yours.disclaimer()));
		compare(changes, "editorial.alternativeNames", String.join(", ", saved.alternativeNames()),
				String.join(", ", yours.alternativeNames()));
		compare(changes, "editorial.misspellings", String.join(", ", saved.misspellings()),
				String.join(", ", yours.misspellings()));
		return changes;
	}

	private static void compare(List<Change> changes, String label, String saved, String yours) {
		if (!saved.equals(yours)) {
			changes.add(new Change(label, LineDiff.between(saved, yours)));
		}
	}

	private static String line(Reference reference) {
		return reference.text() + " " + nullToEmpty(reference.url());
	}

	private static String line(Faq faq) {
		return faq.question() + " — " + faq.answer();
	}

	private static String lines(List<String> lines) {
		return String.join("\n", lines);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
