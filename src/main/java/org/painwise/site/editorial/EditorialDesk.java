package org.painwise.site.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.audit.AuditLog;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to articles, each in one transaction with its audit entry: saving (a minor
 * edit or a full review), publishing, unpublishing and archiving.
 */
@Service
@EditorOrAdmin
@Transactional
class EditorialDesk {

	private static final String SUBJECT = "article";

	private final ArticleEditing editing;

	private final AuditLog audit;

	private final EditorialProperties properties;

	private final Clock clock;

	EditorialDesk(ArticleEditing editing, AuditLog audit, EditorialProperties properties, Clock clock) {
		this.editing = editing;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	LocalDate nextReviewDueFrom(LocalDate day) {
		return day.plus(properties.reviewPeriod());
	}

	long create(StaffMember editor, ArticleContent content) {
		long id = editing.create(content);
		audit.record(entry(editor, "article.created", id, null, content.slug(), null));
		return id;
	}

	/** A minor edit: the words change, the review dates do not. */
	void save(StaffMember editor, long id, long version, ArticleContent content) {
		Optional<String> oldSlug = editing.update(id, version, content);
		oldSlug.ifPresent(old -> audit.record(entry(editor, "article.slug-changed", id, old, content.slug(),
				"The old address redirects to the new one.")));
	}

	/** Saves the changes and records that the reviewer checked the whole article today. */
	EditableArticle saveAndMarkReviewed(StaffMember editor, long id, long version, ArticleContent content) {
		save(editor, id, version, content);
		EditableArticle before = editing.find(id).orElseThrow();
		LocalDate today = today();
		EditableArticle after = editing.markReviewed(id, content.reviewerId(), today, nextReviewDueFrom(today),
				editor.id());
		String reviewer = editing.findPerson(content.reviewerId()).map(p -> p.name()).orElse("?");
		audit.record(entry(editor, "article.reviewed", id, String.valueOf(before.nextReviewDue()),
				String.valueOf(after.nextReviewDue()), "Reviewed by " + reviewer + " on " + today));
		return after;
	}

	EditableArticle publish(StaffMember editor, long id) {
		EditableArticle before = editing.find(id).orElseThrow();
		LocalDate today = today();
		EditableArticle after = editing.publish(id, today, nextReviewDueFrom(today));
		audit.record(entry(editor, "article.published", id, before.status().name(), ArticleStatus.PUBLISHED.name(),
				after.content().slug()));
		return after;
	}

	EditableArticle unpublish(StaffMember editor, long id) {
		EditableArticle before = editing.find(id).orElseThrow();
		EditableArticle after = editing.unpublish(id);
		audit.record(entry(editor, "article.unpublished", id, before.status().name(), after.status().name(),
				after.content().slug()));
		return after;
	}

	EditableArticle archive(StaffMember editor, long id) {
		EditableArticle before = editing.find(id).orElseThrow();
		EditableArticle after = editing.archive(id);
		audit.record(entry(editor, "article.archived", id, before.status().name(), after.status().name(),
				after.content().slug()));
		return after;
	}

	private static AuditLog.Entry entry(StaffMember editor, String action, long id, String before, String after,
			String detail) {
		return new AuditLog.Entry(editor.id(), editor.displayName(), action, SUBJECT, String.valueOf(id), before,
				after, detail);
	}

}
