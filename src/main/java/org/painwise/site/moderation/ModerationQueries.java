package org.painwise.site.moderation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentFlag;
import org.painwise.site.comments.CommentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators need to know about comments, read in one statement per list: the queue
 * of held comments with their flags, reports and the commenter's history, the other
 * views, and counts for the dashboard. Unlike everything public, these records hold the
 * commenter's email address. Only moderation reads comments this way, so these queries
 * live here rather than in the comments module, which changes comments only through its
 * own services (moderation calls {@code CommentStatusChanges}, {@code StaffReplies} and
 * {@code ReportReviews}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ModerationQueries {

	/** The lists a moderator can work through. */
	public enum View {

		/** Waiting for a decision: crisis language first, then oldest first. */
		HELD,
		/**
		 * Published comments with reports no moderator has reviewed yet, most reported
		 * first.
		 */
		REPORTED, SPAM, REJECTED,
		/** Every comment from readers, newest first. */
		ALL

	}

	/**
	 * A comment as the queue shows it.
	 *
	 * @param parentAuthor the name on the comment it replies to, or null for a top-level
	 * comment
	 * @param parentBody that comment's text, for quoting
	 * @param reports how many readers reported it since a moderator last kept it
	 * published
	 * @param reportReasons what those readers wrote, when they wrote something (the first
	 * few)
	 * @param publishedBefore the commenter's other published comments, by email address
	 * @param rejectedBefore the commenter's other rejected comments, by email address
	 * @param featured whether moderators chose it to show above its thread, with
	 * {@code featuredNote}
	 */
	public record Item(long id, long articleId, String articleSlug, String articleTitle, Long parentId,
			String parentAuthor, String parentBody, String authorName, String authorEmail, String body,
			Instant createdAt, CommentStatus status, Set<CommentFlag> flags, long reports, List<String> reportReasons,
			long publishedBefore, long rejectedBefore, String moderatedBy, Instant moderatedAt, String moderationNote,
			boolean notifyAuthor, boolean fromStaff, boolean featured, String featuredNote) {

		public boolean urgent() {
			return flags.contains(CommentFlag.CRISIS);
		}

		/** The first word of the name, for greeting the commenter. */
		public String firstName() {
			String name = authorName.strip();
			int space = name.indexOf(' ');
			return space > 0 ? name.substring(0, space) : name;
		}

	}

	/** Counts for the staff dashboard. */
	public record Summary(long held, long urgent, long reported, Instant oldestHeld) {
	}

	/** An article that has comments, for the queue's article filter. */
	public record ArticleWithComments(long id, String title) {
	}

	private static final String SELECT = """
			select c.id, c.article_id, a.slug, a.title, c.parent_id, p.author_name as parent_author,
			       p.body as parent_body, c.author_name, c.author_email, c.body, c.created_at, c.status, c.flags,
			       c.moderated_by, c.moderated_at, c.moderation_note, c.notify_author, c.staff_name,
			       c.featured_at is not null as featured, c.featured_note,
			       (select count(*) from comment_report r where r.comment_id = c.id and r.reviewed_at is null) as reports,
			       array(select r.reason from comment_report r
			              where r.comment_id = c.id and r.reviewed_at is null and r.reason is not null
			              order by r.created_at, r.id limit 5) as report_reasons,
			       (select count(*) from comment h where lower(h.author_email) = lower(c.author_email)
			          and h.id <> c.id and h.status = 'PUBLISHED') as published_before,
			       (select count(*) from comment h where lower(h.author_email) = lower(c.author_email)
			          and h.id <> c.id and h.status = 'REJECTED') as rejected_before
			from comment c
			join article a on a.id = c.article_id
			left join comment p on p.id = c.parent_id
			""";

	private static final String WHERE = """
			where c.staff_name is null
			  and (cast(:article as bigint) is null or c.article_id = :article)
			  and (:view = 'ALL'
			       or (:view = 'HELD' and c.status = 'HELD')
			       or (:view = 'SPAM' and c.status = 'SPAM')
			       or (:view = 'REJECTED' and c.status = 'REJECTED')
			       or (:view = 'REPORTED' and c.status = 'PUBLISHED'
			           and exists (select 1 from comment_report r where r.comment_id = c.id and r.reviewed_at is null)))
			""";

	private final JdbcClient jdbc;

	/**
	 * One page of a view.
	 * @param articleId only this article's comments, or null for all
	 */
	public List<Item> list(View view, Long articleId, int limit, long offset) {
		String order = switch (view) {
			case HELD -> "order by ('CRISIS' = any(c.flags)) desc, c.created_at, c.id";
			case REPORTED -> "order by reports desc, c.created_at desc, c.id desc";
			default -> "order by coalesce(c.moderated_at, c.created_at) desc, c.id desc";
		};
		return jdbc.sql(SELECT + WHERE + order + " limit :limit offset :offset")
			.param("article", articleId)
			.param("view", view.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(ModerationQueries::item)
			.list();
	}

	public long count(View view, Long articleId) {
		return jdbc.sql("select count(*) from comment c " + WHERE)
			.param("article", articleId)
			.param("view", view.name())
			.query(Long.class)
			.single();
	}

	/** Any comment, whatever its status, staff replies included. */
	public Optional<Item> find(long commentId) {
		return jdbc.sql(SELECT + "where c.id = :id").param("id", commentId).query(ModerationQueries::item).optional();
	}

	/**
	 * The comment a reply answers: its parent, or, for a reply to the deepest level
	 * (which sits beside the comment it answers and names its author), the latest earlier
	 * comment by that author in the same place of the thread.
	 */
	public Optional<Item> answeredBy(long replyId) {
		return jdbc.sql(SELECT + """
				where c.id = (
				    select coalesce(
				        (select a.id from comment a
				          where r.reply_to_name is not null and a.author_name = r.reply_to_name and a.id <> r.id
				            and (a.parent_id = r.parent_id or a.id = r.parent_id) and a.created_at <= r.created_at
				          order by a.created_at desc, a.id desc limit 1),
				        r.parent_id)
				    from comment r where r.id = :id)""").param("id", replyId).query(ModerationQueries::item).optional();
	}

	public Summary summary() {
		return jdbc.sql("""
				select count(*) filter (where status = 'HELD'),
				       count(*) filter (where status = 'HELD' and 'CRISIS' = any(flags)),
				       count(*) filter (where status = 'PUBLISHED' and staff_name is null
				                        and exists (select 1 from comment_report r where r.comment_id = comment.id
				                                    and r.reviewed_at is null)),
				       min(created_at) filter (where status = 'HELD')
				from comment""")
			.query((rs, row) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.single();
	}

	/**
	 * Who wrote a reader's comment, for a moderator's block: their name, their address,
	 * and the steady hash of their network address while the comment keeps it (48 hours),
	 * else null.
	 */
	public record Writer(String name, String email, String addressHash) {
	}

	/** The writer of a reader's comment; empty for a staff reply or an erased comment. */
	public Optional<Writer> writerOf(long commentId) {
		return jdbc.sql("""
				select author_name, author_email, address_hash from comment
				where id = ? and staff_name is null and erased_at is null""")
			.param(commentId)
			.query((rs, row) -> new Writer(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * The held comments written with this email address (any mix of capitals), oldest
	 * first.
	 */
	public List<Long> heldFrom(String email) {
		return jdbc.sql("""
				select id from comment
				where lower(author_email) = lower(?) and status = 'HELD' and staff_name is null
				order by created_at, id""").param(email).query(Long.class).list();
	}

	/**
	 * What a writer's comments have come to, for deciding whether to trust them.
	 *
	 * @param published their published comments
	 * @param rejectedRecently their comments rejected since the moment asked about
	 */
	public record History(long published, long rejectedRecently) {
	}

	/**
	 * The history of the comments written with this email address (any mix of capitals).
	 */
	public History historyOf(String email, Instant rejectedSince) {
		return jdbc.sql("""
				select count(*) filter (where status = 'PUBLISHED'),
				       count(*) filter (where status = 'REJECTED' and moderated_at >= :since)
				from comment where lower(author_email) = lower(:email) and staff_name is null""")
			.param("email", email)
			.param("since", Timestamp.from(rejectedSince))
			.query((rs, row) -> new History(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** Articles with at least one reader's comment, by title. */
	public List<ArticleWithComments> articlesWithComments() {
		return jdbc.sql("""
				select a.id, a.title from article a
				where exists (select 1 from comment c where c.article_id = a.id and c.staff_name is null)
				order by a.title""").query((rs, row) -> new ArticleWithComments(rs.getLong(1), rs.getString(2))).list();
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		Timestamp moderatedAt = rs.getTimestamp("moderated_at");
		return new Item(rs.getLong("id"), rs.getLong("article_id"), rs.getString("slug"), rs.getString("title"),
				parentId, rs.getString("parent_author"), rs.getString("parent_body"), rs.getString("author_name"),
				rs.getString("author_email"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				CommentStatus.valueOf(rs.getString("status")), flags(rs.getArray("flags")), rs.getLong("reports"),
				List.of((String[]) rs.getArray("report_reasons").getArray()), rs.getLong("published_before"),
				rs.getLong("rejected_before"), rs.getString("moderated_by"),
				moderatedAt == null ? null : moderatedAt.toInstant(), rs.getString("moderation_note"),
				rs.getBoolean("notify_author"), rs.getString("staff_name") != null, rs.getBoolean("featured"),
				rs.getString("featured_note"));
	}

	private static Set<CommentFlag> flags(Array array) throws SQLException {
		Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
		if (array != null) {
			for (Object flag : (Object[]) array.getArray()) {
				try {
					flags.add(CommentFlag.valueOf(flag.toString()));
				}
				catch (IllegalArgumentException ignored) {
					// a flag written by a newer version of the site
				}
			}
		}
		return flags;
	}

}
