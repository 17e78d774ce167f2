package org.painwise.site.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Person;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ArticleEditing editing;

	private final PeopleAndTopics peopleAndTopics;

	private final StaffArticleList staffList;

	private final ApplicationEventPublisher events;

	private final EditorialProperties properties;

	private final Clock clock;

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
		events.publishEvent(new ArticleCreated(id, content.slug(), editor));
		return id;
	}

	/** A minor edit: the words change, the review dates do not. */
	void save(StaffMember editor, long id, long version, ArticleContent content) {
		Optional<String> oldSlug = editing.update(id, version, content);
		oldSlug.ifPresent(old -> events.publishEvent(new ArticleSlugChanged(id, old, content.slug(), editor)));
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
		events.publishEvent(
				new ArticleReviewed(id, before.nextReviewDue(), after.nextReviewDue(), reviewer, today, editor));
		return after;
	}

	EditableArticle publish(StaffMember editor, long id) {
		LocalDate today = today();
		return changeStatus(editor, id, article -> editing.publish(article, today, nextReviewDueFrom(today)));
	}

	EditableArticle unpublish(StaffMember editor, long id) {
		return changeStatus(editor, id, editing::unpublish);
	}

	EditableArticle archive(StaffMember editor, long id) {
		return changeStatus(editor, id, editing::archive);
	}

	private EditableArticle changeStatus(StaffMember editor, long id, LongFunction<EditableArticle> change) {
		EditableArticle before = editing.find(id).orElseThrow();
		EditableArticle after = change.apply(id);
		events.publishEvent(
				new ArticleStatusChanged(id, before.status(), after.status(), after.content().slug(), editor));
		return after;
	}

}
