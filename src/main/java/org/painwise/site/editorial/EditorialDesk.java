package org.painwise.site.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Person;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.audit.AuditLog;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to articles, each in one transaction with its audit entry: saving (a
 * minor edit or a full review), publishing, unpublishing and archiving.
 */
@Service
@EditorOrAdmin
@Transactional
@RequiredArgsConstructor
class EditorialDesk {

	private static final String SUBJECT = "article";

	private final ArticleEditing editing;

	private final PeopleAndTopics peopleAndTopics;

	private final StaffArticleList staffList;

	private final AuditLog audit;

	private final EditorialProperties properties;

	private final Clock clock;

	private final MessageSource messages;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Published articles overdue for review or due within the coming days, the longest
	 * overdue first.
	 */
	@Transactional(readOnly = true)
	List<StaffArticleList.Row> dueForReview() {
		return staffList.dueForReview(today().plusDays(properties.dueSoonDays()));
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
		oldSlug.ifPresent(old -> audit.record(
				entry(editor, "article.slug-changed", id, old, content.slug(), detail("editorial.audit.slugChanged"))));
	}

	/**
	 * Saves the changes and records that the reviewer checked the whole article today.
	 */
	EditableArticle saveAndMarkReviewed(StaffMember editor, long id, long version, ArticleContent content) {
		save(editor, id, version, content);
		EditableArticle before = editing.find(id).orElseThrow();
		LocalDate today = today();
		EditableArticle after = editing.markReviewed(id, content.reviewerId(), today, nextReviewDueFrom(today),
				editor.id());
		String reviewer = peopleAndTopics.findPerson(content.reviewerId()).map(Person::getName).orElse("?");
		audit.record(entry(editor, "article.reviewed", id, String.valueOf(before.nextReviewDue()),
				String.valueOf(after.nextReviewDue()),
				detail("editorial.audit.reviewed", reviewer, String.valueOf(today))));
		return after;
	}

	EditableArticle publish(StaffMember editor, long id) {
		LocalDate today = today();
		return changeStatus(editor, id, "article.published",
				article -> editing.publish(article, today, nextReviewDueFrom(today)));
	}

	EditableArticle unpublish(StaffMember editor, long id) {
		return changeStatus(editor, id, "article.unpublished", editing::unpublish);
	}

	EditableArticle archive(StaffMember editor, long id) {
		return changeStatus(editor, id, "article.archived", editing::archive);
	}

	private EditableArticle changeStatus(StaffMember editor, long id, String action,
			LongFunction<EditableArticle> change) {
		EditableArticle before = editing.find(id).orElseThrow();
		EditableArticle after = change.apply(id);
		audit.record(entry(editor, action, id, before.status().name(), after.status().name(), after.content().slug()));
		return after;
	}

	/** An audit entry's detail; the log is kept in the site's one language. */
	private String detail(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

	private static AuditLog.Entry entry(StaffMember editor, String action, long id, String before, String after,
			String detail) {
		return new AuditLog.Entry(editor.id(), editor.displayName(), action, SUBJECT, String.valueOf(id), before, after,
				detail);
	}

}
