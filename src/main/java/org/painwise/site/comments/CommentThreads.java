package org.painwise.site.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.ratings.RatedItem;
import org.painwise.site.ratings.Ratings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an article's comments for the page in a fixed number of statements, whatever the
 * number of comments: the counts, the top-level comments of the page, all their replies,
 * and the visitor's own held comments.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CommentThreads {

	private static final String COLUMNS = """
			c.id, c.parent_id, c.root_id, c.depth, c.author_name, c.body, c.reply_to_name, c.created_at,
			c.staff_name, c.status, c.flags, c.erased_at, x.taken_for, x.helped, x.side_effects""";

	/** The comments with their writers' answers about a medicine, when they gave some. */
	private static final String FROM = " from comment c left join comment_experience x on x.comment_id = c.id ";

	private final JdbcClient jdbc;

	private final CommentProperties properties;

	private final Clock clock;

	private final Ratings ratings;

	/** The first page in the conversation's order. */
	CommentThread page(long articleId, int page, String visitorKey) {
		return page(articleId, page, CommentOrder.OLDEST, visitorKey);
	}

	/**
	 * @param page the page of top-level comments, from 1; past the end gives the last
	 * page
	 * @param order how top-level comments are ordered; replies always follow the
	 * conversation
	 * @param visitorKey the visitor's cookie key, or null
	 */
	CommentThread page(long articleId, int page, CommentOrder order, String visitorKey) {
		return withOwnHeld(articleId, published(articleId, page, order), visitorKey);
	}

	/**
	 * The published part of a page, the same for every reader: three statements, or four
	 * in the "most helpful" order. Its comments must not be changed: it may be kept and
	 * shared.
	 */
	Published published(long articleId, int page, CommentOrder order) {
		long[] counts = jdbc
			.sql("""
					select count(*), count(*) filter (where parent_id is null), count(*) filter (where featured_at is not null)
					from comment where article_id = ? and status = 'PUBLISHED'""")
			.param(articleId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		int totalPages = (int) Math.max(1, (counts[1] + properties.pageSize() - 1) / properties.pageSize());
		int shown = Math.min(Math.max(page, 1), totalPages);

		List<CommentView> roots = order == CommentOrder.HELPFUL ? bestRatedRoots(articleId, shown)
				: jdbc
					.sql("select " + COLUMNS + FROM
							+ """
									where c.article_id = :article and c.status = 'PUBLISHED' and c.parent_id is null
									order by c.created_at <direction>, c.id <direction>
									limit :limit offset :offset""".replace("<direction>",
									order == CommentOrder.NEWEST ? "desc" : "asc"))
					.param("article", articleId)
					.param("limit", properties.pageSize())
					.param("offset", (long) (shown - 1) * properties.pageSize())
					.query(this::view)
					.list();

		if (!roots.isEmpty()) {
			Map<Long, CommentView> byId = new LinkedHashMap<>();
			roots.forEach(root -> byId.put(root.id(), root));
			List<CommentView> replies = jdbc.sql("select " + COLUMNS + FROM + """
					where c.article_id = :article and c.status = 'PUBLISHED' and c.parent_id is not null
					  and c.root_id = any(:roots)
					order by c.depth, c.created_at, c.id""")
				.param("article", articleId)
				.param("roots", roots.stream().map(CommentView::id).toArray(Long[]::new))
				.query(this::view)
				.list();
			attach(replies, byId, new ArrayList<>());
		}
		List<FeaturedComment> featured = counts[2] == 0 ? List.of()
				: jdbc.sql("select " + COLUMNS + ", c.featured_note" + FROM + """
						where c.article_id = ? and c.status = 'PUBLISHED' and c.featured_at is not null
						order by c.featured_at desc, c.id desc limit %d""".formatted(FeaturedComments.SHOWN))
					.param(articleId)
					.query((rs, row) -> new FeaturedComment(view(rs, row), rs.getString("featured_note")))
					.list();
		return new Published(counts[0], counts[1], shown, totalPages, List.copyOf(roots), featured);
	}

	/**
	 * The published part of a page of an article's comments.
	 *
	 * @param roots the top-level comments on the page, each with its replies nested
	 * @param featured the comments moderators chose, newest choice first, at most
	 * {@link FeaturedComments#SHOWN}
	 */
	record Published(long publishedCount, long topLevelCount, int page, int totalPages, List<CommentView> roots,
			List<FeaturedComment> featured) {

		/** Every published comment on the page, replies included, in the page's order. */
		List<Long> ids() {
			List<Long> ids = new ArrayList<>();
			collect(roots, ids);
			return ids;
		}

		private static void collect(List<CommentView> comments, List<Long> ids) {
			for (CommentView comment : comments) {
				ids.add(comment.id());
				collect(comment.replies(), ids);
			}
		}

	}

	/**
	 * A page as one visitor sees it: the published part with the visitor's own held
	 * comments in their places (one statement when there is a visitor, none otherwise).
	 * The published part is copied when something is added to it, so it stays as it was.
	 */
	CommentThread withOwnHeld(long articleId, Published published, String visitorKey) {
		List<CommentView> roots = published.roots();
		List<CommentView> ownHeld = new ArrayList<>();
		if (visitorKey != null) {
			List<CommentView> held = jdbc.sql("select " + COLUMNS + FROM + """
					where c.article_id = :article and c.status = 'HELD' and c.visitor_key = :visitor
					order by c.created_at, c.id""")
				.param("article", articleId)
				.param("visitor", visitorKey)
				.query(this::view)
				.list();
			if (!held.isEmpty()) {
				Map<Long, CommentView> byId = new LinkedHashMap<>();
				roots = copies(roots, byId);
				attach(held, byId, ownHeld);
			}
		}
		return new CommentThread(published.publishedCount(), published.topLevelCount(), published.page(),
				published.totalPages(), roots, ownHeld, published.featured());
	}

	/** Comments with their replies, each copied with a list of its own, indexed by id. */
	private static List<CommentView> copies(List<CommentView> comments, Map<Long, CommentView> byId) {
		List<CommentView> copies = new ArrayList<>();
		for (CommentView c : comments) {
			CommentView copy = new CommentView(c.id(), c.parentId(), c.rootId(), c.depth(), c.authorName(), c.body(),
					c.replyToName(), c.createdAt(), c.staffName(), c.held(), c.crisis(), c.erased(), c.experience(),
					copies(c.replies(), byId));
			byId.put(copy.id(), copy);
			copies.add(copy);
		}
		return copies;
	}

	/**
	 * One page of top-level comments, featured first, then best rated: every top-level id
	 * of the article, ranked by the ratings module, then the page's comments. Three
	 * statements however many there are.
	 */
	private List<CommentView> bestRatedRoots(long articleId, int page) {
		List<Long> all = new ArrayList<>();
		List<Long> featured = new ArrayList<>();
		jdbc.sql("""
				select id, featured_at is not null as featured from comment
				where article_id = ? and status = 'PUBLISHED' and parent_id is null
				order by featured_at desc nulls last, created_at, id""")
			.param(articleId)
			.query((rs, row) -> (rs.getBoolean("featured") ? featured : all).add(rs.getLong("id")))
			.list();
		// the comments moderators chose come first, newest choice first; then the best
		// rated
		List<Long> ranked = new ArrayList<>(featured);
		ranked.addAll(ratings.bestRatedFirst(RatedItem.Kind.COMMENT, all));
		int from = Math.min(ranked.size(), (page - 1) * properties.pageSize());
		List<Long> shown = ranked.subList(from, Math.min(ranked.size(), from + properties.pageSize()));
		if (shown.isEmpty()) {
			return new ArrayList<>();
		}
		Map<Long, CommentView> byId = new HashMap<>();
		jdbc.sql("select " + COLUMNS + FROM + "where c.id = any(:ids)")
			.param("ids", shown.toArray(Long[]::new))
			.query(this::view)
			.list()
			.forEach(comment -> byId.put(comment.id(), comment));
		List<CommentView> roots = new ArrayList<>();
		for (Long id : shown) {
			// one unpublished in between is left out
			if (byId.containsKey(id)) {
				roots.add(byId.get(id));
			}
		}
		return roots;
	}

	/** The page of the article's thread on which a published comment appears. */
	Optional<Located> locate(long commentId) {
		return jdbc.sql("""
				select c.id, c.article_id, c.status,
				       (select count(*) from comment t
				         where t.article_id = r.article_id and t.status = 'PUBLISHED' and t.parent_id is null
				           and (t.created_at, t.id) < (r.created_at, r.id)) as before
				from comment c join comment r on r.id = coalesce(c.root_id, c.id)
				where c.id = ?""")
			.param(commentId)
			.query((rs, row) -> new Located(rs.getLong("id"), rs.getLong("article_id"),
					CommentStatus.valueOf(rs.getString("status")),
					(int) (rs.getLong("before") / properties.pageSize()) + 1))
			.optional();
	}

	/**
	 * What readers said in the questions about a medicine, counting published comments
	 * only: how many answered anything, how many gave each answer to "has it helped?",
	 * and the side effects ticked most. Two statements.
	 */
	Experiences experiences(long articleId) {
		long[] counts = jdbc.sql("""
				select count(*),
				       count(*) filter (where x.helped = 'A_LOT'), count(*) filter (where x.helped = 'A_LITTLE'),
				       count(*) filter (where x.helped = 'NOT_AT_ALL'), count(*) filter (where x.helped = 'TOO_EARLY')
				from comment_experience x join comment c on c.id = x.comment_id
				where c.article_id = ? and c.status = 'PUBLISHED'""")
			.param(articleId)
			.query((rs,
					row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		List<Experiences.Count> sideEffects = counts[0] == 0 ? List.of()
				: jdbc.sql("""
						select effect, count(*) from comment_experience x join comment c on c.id = x.comment_id,
						     unnest(x.side_effects) as effect
						where c.article_id = ? and c.status = 'PUBLISHED'
						group by effect order by count(*) desc, effect limit 5""")
					.param(articleId)
					.query((rs, row) -> new Experiences.Count(rs.getString(1), rs.getLong(2)))
					.list();
		return new Experiences(counts[0], counts[1], counts[2], counts[3], counts[4], sideEffects);
	}

	/** Where a comment sits: its article and the page of top-level comments it is on. */
	record Located(long commentId, long articleId, CommentStatus status, int page) {
	}

	/** A single published comment, for quoting above a reply form. */
	Optional<CommentView> published(long articleId, long commentId) {
		return jdbc.sql("select " + COLUMNS + FROM + "where c.id = ? and c.article_id = ? and c.status = 'PUBLISHED'")
			.params(commentId, articleId)
			.query(this::view)
			.optional();
	}

	private static void attach(List<CommentView> comments, Map<Long, CommentView> byId, List<CommentView> homeless) {
		for (CommentView comment : comments) {
			CommentView parent = comment.parentId() == null ? null : byId.get(comment.parentId());
			if (parent != null) {
				parent.replies().add(comment);
				byId.put(comment.id(), comment);
			}
			else {
				homeless.add(comment);
			}
		}
	}

	private CommentView view(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		long root = rs.getLong("root_id");
		long rootId = rs.wasNull() ? id : root;
		ZonedDateTime created = rs.getTimestamp("created_at").toInstant().atZone(clock.getZone());
		boolean held = "HELD".equals(rs.getString("status"));
		boolean crisis = held
				&& List.of((String[]) rs.getArray("flags").getArray()).contains(CommentFlag.CRISIS.name());
		java.sql.Array effects = rs.getArray("side_effects");
		String taken = rs.getString("taken_for");
		String helped = rs.getString("helped");
		ExperienceForm.Experience experience = effects == null && taken == null && helped == null ? null
				: new ExperienceForm.Experience(taken == null ? null : ExperienceForm.TakenFor.valueOf(taken),
						helped == null ? null : ExperienceForm.Helped.valueOf(helped),
						effects == null ? List.of() : List.of((String[]) effects.getArray()));
		return new CommentView(id, parentId, rootId, rs.getInt("depth"), rs.getString("author_name"),
				rs.getString("body"), rs.getString("reply_to_name"), created, rs.getString("staff_name"), held, crisis,
				rs.getTimestamp("erased_at") != null, experience, List.of());
	}

}
