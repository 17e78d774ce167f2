package org.painwise.site.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleStatus;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles as staff list them, in any status: the staff article list and the reviews
 * due. It only reads, so it reads the article tables directly; every change goes through
 * {@link org.painwise.site.articles.ArticleEditing}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class StaffArticleList {

	private final JdbcClient jdbc;

	/**
	 * One article in the staff list, in any status.
	 *
	 * @param topics the names of its topics, comma separated
	 */
	record Row(long id, String slug, String title, ArticleStatus status, String topics, LocalDate lastReviewed,
			LocalDate nextReviewDue) {
	}

	/** How the staff list can be ordered. */
	enum Order {

		TITLE("a.title, a.id"), STATUS("a.status, a.title"), LAST_REVIEWED("a.last_reviewed nulls first, a.title"),
		NEXT_REVIEW("a.next_review_due nulls last, a.title"), UPDATED("a.updated_at desc, a.id desc");

		private final String sql;

		Order(String sql) {
			this.sql = sql;
		}

		public String parameter() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/**
		 * Reads the staff list's {@code sort} request parameter: the last updated first
		 * for anything unknown.
		 */
		@Component
		static class FromParameter implements Converter<String, Order> {

			@Override
			public Order convert(String source) {
				for (Order order : values()) {
					if (order.parameter().equals(source)) {
						return order;
					}
				}
				return UPDATED;
			}

		}

	}

	/**
	 * Every article matching the filters.
	 * @param status only this status, or null for all
	 * @param topicSlug only articles in this topic, or null
	 * @param overdueOn only articles whose review was due before this day, or null
	 */
	List<Row> list(ArticleStatus status, String topicSlug, LocalDate overdueOn, Order order) {
		return jdbc.sql("""
				select a.id, a.slug, a.title, a.status, a.last_reviewed, a.next_review_due,
				       coalesce((select string_agg(t.name, ', ' order by t.position, t.name)
				                 from article_topic at join topic t on t.id = at.topic_id
				                 where at.article_id = a.id), '') as topics
				from article a
				where (cast(:status as varchar) is null or a.status = :status)
				  and (cast(:topic as varchar) is null or exists (select 1 from article_topic at join topic t
				          on t.id = at.topic_id where at.article_id = a.id and t.slug = :topic))
				  and (cast(:overdue as date) is null or a.next_review_due < :overdue)
				order by """ + " " + order.sql)
			.param("status", status == null ? null : status.name())
			.param("topic", topicSlug)
			.param("overdue", overdueOn)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					ArticleStatus.valueOf(rs.getString("status")), rs.getString("topics"),
					rs.getObject("last_reviewed", LocalDate.class), rs.getObject("next_review_due", LocalDate.class)))
			.list();
	}

	/**
	 * Published articles due for review on or before the day, the longest overdue first.
	 */
	List<Row> dueForReview(LocalDate until) {
		return list(ArticleStatus.PUBLISHED, null, until.plusDays(1), Order.NEXT_REVIEW);
	}

}
