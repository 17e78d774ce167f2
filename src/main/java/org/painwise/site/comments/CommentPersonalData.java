package org.painwise.site.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.painwise.site.ratings.RatedItem;
import org.painwise.site.ratings.Ratings;
import org.painwise.site.shared.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What comments hold about a reader: every comment posted with their email address, in
 * every state, and whether they asked for emails; the reports made from their browser;
 * and whether their address is confirmed for emails. Erasing removes their comments from
 * the site: a comment others replied to keeps its place in the thread, with nothing of
 * its writer left, and the page says it was removed at its writer's request; any other is
 * deleted with its history, its reports and the votes on it.
 */
@Component
@RequiredArgsConstructor
class CommentPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final EmailConfirmations confirmations;

	private final Ratings ratings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Override
	public List<Part> find(Subject subject) {
		List<Part> parts = new ArrayList<>();
		List<List<String>> comments = jdbc.sql("""
				select c.id, c.created_at, a.title, c.status, c.author_name, c.body, c.notify_author, c.parent_id
				from comment c join article a on a.id = c.article_id
				where lower(c.author_email) = lower(:email) and c.erased_at is null
				order by c.created_at, c.id""")
			.param("email", subject.email().strip())
			.query((rs, row) -> List.of(Long.toString(rs.getLong("id")), when(rs.getTimestamp("created_at")),
					rs.getString("title"), rs.getString("status").toLowerCase(), rs.getString("author_name"),
					rs.getString("body"), rs.getBoolean("notify_author") ? "yes" : "no",
					rs.getObject("parent_id") == null ? "" : Long.toString(rs.getLong("parent_id"))))
			.list();
		if (!comments.isEmpty()) {
			parts.add(new Part("comments",
					List.of("id", "posted", "article", "status", "name", "text", "emails", "inReplyTo"), comments));
		}
		if (subject.visitorKey() != null) {
			List<List<String>> reports = jdbc.sql("""
					select created_at, comment_id, coalesce(reason, '') as reason from comment_report
					where reporter_key = :key order by created_at""")
				.param("key", subject.visitorKey())
				.query((rs, row) -> List.of(when(rs.getTimestamp("created_at")),
						Long.toString(rs.getLong("comment_id")), rs.getString("reason")))
				.list();
			if (!reports.isEmpty()) {
				parts.add(new Part("reports", List.of("reported", "comment", "reason"), reports));
			}
		}
		jdbc.sql("select requested_at, confirmed_at from email_confirmation where email_hash = :hash")
			.param("hash", confirmations.hashOf(subject.email()))
			.query((rs, row) -> List.of(when(rs.getTimestamp("requested_at")),
					rs.getTimestamp("confirmed_at") == null ? "" : when(rs.getTimestamp("confirmed_at"))))
			.optional()
			.ifPresent(row -> parts.add(new Part("emailConfirmation", List.of("asked", "confirmed"), List.of(row))));
		return parts;
	}

	@Override
	public Map<String, Integer> erase(Subject subject) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<Long, Long> articles = new LinkedHashMap<>();
		jdbc.sql("select id, article_id from comment where lower(author_email) = lower(:email) and erased_at is null")
			.param("email", subject.email().strip())
			.query((rs, row) -> articles.put(rs.getLong("id"), rs.getLong("article_id")))
			.list();
		Set<Long> remaining = new LinkedHashSet<>(articles.keySet());
		if (!remaining.isEmpty()) {
			// a reply that answers one of them by name forgets the name
			jdbc.sql("""
					update comment r set reply_to_name = null from comment e
					where e.id = any(:ids) and r.root_id = e.root_id and r.reply_to_name = e.author_name""")
				.param("ids", remaining.toArray(Long[]::new))
				.update();
		}
		// those nobody replied to go, then any that only they had replied to, and so on
		List<Long> deleted = new ArrayList<>();
		while (!remaining.isEmpty()) {
			List<Long> leaves = jdbc
				.sql("""
						delete from comment c where c.id = any(:ids)
						  and not exists (select 1 from comment r where r.parent_id = c.id or (r.root_id = c.id and r.id <> c.id))
						returning c.id""")
				.param("ids", remaining.toArray(Long[]::new))
				.query(Long.class)
				.list();
			if (leaves.isEmpty()) {
				break;
			}
			deleted.addAll(leaves);
			leaves.forEach(remaining::remove);
		}
		// the rest keep their place in their threads, with nothing of their writer
		if (!remaining.isEmpty()) {
			Long[] kept = remaining.toArray(Long[]::new);
			jdbc.sql("delete from comment_report where comment_id = any(:ids)").param("ids", kept).update();
			jdbc.sql("delete from comment_status_change where comment_id = any(:ids)").param("ids", kept).update();
			jdbc.sql("delete from comment_experience where comment_id = any(:ids)").param("ids", kept).update();
			jdbc.sql(
					"""
							update comment set author_name = '', author_email = '', body = '', ip_hash = null, address_hash = null, visitor_key = null,
							       notify_author = false, flags = '{}', moderation_note = null, erased_at = :now
							where id = any(:ids)""")
				.param("ids", kept)
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		ratings.forgetItems(RatedItem.Kind.COMMENT, articles.keySet());
		counts.put("comments deleted", deleted.size());
		counts.put("comments removed from their threads", remaining.size());
		if (subject.visitorKey() != null) {
			counts.put("reports deleted",
					jdbc.sql("delete from comment_report where reporter_key = :key")
						.param("key", subject.visitorKey())
						.update());
		}
		counts.put("email confirmations deleted",
				jdbc.sql("delete from email_confirmation where email_hash = :hash")
					.param("hash", confirmations.hashOf(subject.email()))
					.update());
		new LinkedHashSet<>(articles.values()).forEach(article -> events.publishEvent(new CommentsErased(article)));
		return counts;
	}

	private String when(Timestamp timestamp) {
		return PersonalData.time(timestamp, clock);
	}

}
