package org.painwise.site.ratings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.painwise.site.shared.PageCache;
import org.painwise.site.shared.TransactionLocks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes and their summaries. A vote is kept as its own row and the item's summary (count
 * and sum) is updated in the same transaction with one atomic upsert, so concurrent votes
 * never lose one and a page reads a single row per item.
 */
@Service
@Transactional(readOnly = true)
public class Ratings {

	/** Keeps this module's advisory locks apart from any other use of them. */
	private static final int ADDRESS_LOCK_SPACE = 0x52617465;

	private final JdbcClient jdbc;

	private final RatingProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * How long a count of votes since a review is kept when there are no cached pages to
	 * follow.
	 */
	private static final Duration DEFAULT_VOTE_LAG = Duration.ofSeconds(10);

	/**
	 * Counts of the votes since each article's last review; a vote here drops its
	 * article's.
	 */
	private final Cache<Review, RatingWidget.SinceReview> sinceReview;

	Ratings(JdbcClient jdbc, RatingProperties properties, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<PageCache> pageCache) {
		this.sinceReview = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(pageCache.getIfAvailable() == null ? DEFAULT_VOTE_LAG : pageCache.getObject().voteLag())
			.build();
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Who is voting.
	 *
	 * @param key the visitor's cookie key, or null for a visitor without one
	 * @param ipHash today's salted hash of their address
	 * @param newKey gives a visitor without a cookie their key (and sets the cookie);
	 * called only when their vote is recorded
	 */
	record Voter(String key, String ipHash, Supplier<String> newKey) {

		boolean known() {
			return key != null;
		}

	}

	sealed interface Outcome {

		/** The vote was recorded; the summary includes it. */
		record Rated(RatingSummary summary) implements Outcome {
		}

		/** This visitor has rated the item before; nothing changed. */
		record AlreadyRated(RatingSummary summary) implements Outcome {
		}

		/** The address is over the hourly limit; nothing was saved. */
		record TooMany() implements Outcome {
		}

	}

	public RatingSummary summary(RatedItem item) {
		return jdbc.sql("select vote_count, vote_sum from rating_summary where item_type = ? and item_id = ?")
			.params(item.kind().name(), item.id())
			.query((rs, row) -> new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum")))
			.optional()
			.orElse(RatingSummary.NONE);
	}

	/**
	 * The summaries of many items of one kind in one statement, such as every comment on
	 * a page.
	 * @return a summary for every id asked for, {@link RatingSummary#NONE} for those
	 * without votes
	 */
	public Map<Long, RatingSummary> summaries(RatedItem.Kind kind, Collection<Long> ids) {
		Map<Long, RatingSummary> summaries = new LinkedHashMap<>();
		ids.forEach(id -> summaries.put(id, RatingSummary.NONE));
		if (ids.isEmpty()) {
			return summaries;
		}
		jdbc.sql(
				"select item_id, vote_count, vote_sum from rating_summary where item_type = :kind and item_id = any(:ids)")
			.param("kind", kind.name())
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> summaries.put(rs.getLong("item_id"),
					new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum"))))
			.list();
		return summaries;
	}

	/**
	 * Items best rated first, such as the comments of a thread in its "most helpful"
	 * order, by the Bayesian average the article list uses: every item counts as if it
	 * also had C votes at the mean of all votes on these items (m, or 3 before there are
	 * any), so its score is (C·m + sum) / (C + n), with C {@code ratings.prior-weight}.
	 * One good vote moves an item only a little above the unrated ones, many good votes
	 * to the top, and many poor votes below them. Equal scores keep the order given. One
	 * statement.
	 * @param ids the items in the order to fall back on
	 */
	public List<Long> bestRatedFirst(RatedItem.Kind kind, List<Long> ids) {
		Map<Long, RatingSummary> summaries = summaries(kind, ids);
		long votes = 0;
		long sum = 0;
		for (RatingSummary summary : summaries.values()) {
			votes += summary.count();
			sum += summary.sum();
		}
		double mean = votes == 0 ? 3 : (double) sum / votes;
		int weight = properties.priorWeight();
		Map<Long, Double> scores = new HashMap<>();
		summaries.forEach((id, summary) -> scores.put(id,
				weight + summary.count() == 0 ? mean : (weight * mean + summary.sum()) / (weight + summary.count())));
		List<Long> ranked = new ArrayList<>(ids);
		ranked.sort(Comparator.comparing((Long id) -> scores.get(id))
			.reversed()
			.thenComparing(id -> summaries.get(id).count(), Comparator.reverseOrder()));
		return ranked;
	}

	/**
	 * The rating form under an article, with the visitor's own vote when they have the
	 * cookie, read in the same statement as the summary.
	 * @param visitorKey the visitor's cookie key, or null
	 */
	public RatingWidget articleWidget(long articleId, String slug, String visitorKey) {
		RatedItem item = RatedItem.article(articleId);
		String action = "/articles/" + slug + "/rating";
		// all votes and the visitor's own in one statement; those cast against the
		// article's current
		// review from a count kept for the vote lag, because a popular article has many
		// votes to count
		return jdbc.sql("""
				select a.last_reviewed, coalesce(s.vote_count, 0) as vote_count, coalesce(s.vote_sum, 0) as vote_sum,
				       (select v.value from vote v where v.item_type = 'ARTICLE' and v.item_id = a.id
				          and cast(:key as varchar) is not null and v.voter_key = :key) as own_vote
				from article a
				left join rating_summary s on s.item_type = 'ARTICLE' and s.item_id = a.id
				where a.id = :id""").param("id", articleId).param("key", visitorKey).query((rs, row) -> {
			java.sql.Date reviewed = rs.getDate("last_reviewed");
			return new RatingWidget(item.widgetId(), action,
					new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum")),
					rs.getObject("own_vote", Integer.class),
					reviewed == null ? null : sinceReview(articleId, reviewed.toLocalDate()));
		}).optional().orElse(new RatingWidget(item.widgetId(), action, RatingSummary.NONE, null));
	}

	/**
	 * The rating forms of the comments on a page, read in one statement, with the
	 * visitor's own votes when they have the cookie.
	 * @param visitorKey the visitor's cookie key, or null
	 */
	public Map<Long, RatingWidget> commentWidgets(Collection<Long> commentIds, String visitorKey) {
		Map<Long, Rated> rated = new LinkedHashMap<>();
		if (visitorKey == null) {
			summaries(RatedItem.Kind.COMMENT, commentIds)
				.forEach((id, summary) -> rated.put(id, new Rated(summary, null)));
		}
		else {
			rated.putAll(withOwnVotes(RatedItem.Kind.COMMENT, commentIds, visitorKey));
		}
		return widgets(rated);
	}

	/**
	 * The stars of comments whose summaries the caller kept from earlier (see
	 * {@link #summaries(RatedItem.Kind, Collection)}), as this visitor sees them: the
	 * comments they voted on show their vote and a summary read now, so a voter sees
	 * their vote counted at once however old the kept summaries are. One statement for a
	 * visitor with a cookie, none without.
	 * @param kept a summary for every comment on the page
	 */
	public Map<Long, RatingWidget> commentWidgets(Map<Long, RatingSummary> kept, String visitorKey) {
		Map<Long, Rated> rated = new LinkedHashMap<>();
		kept.forEach((id, summary) -> rated.put(id, new Rated(summary, null)));
		if (visitorKey != null && !kept.isEmpty()) {
			jdbc.sql("""
					select v.item_id, v.value, s.vote_count, s.vote_sum
					from vote v
					join rating_summary s on s.item_type = v.item_type and s.item_id = v.item_id
					where v.voter_key = :key and v.item_type = 'COMMENT' and v.item_id = any(:ids)""")
				.param("key", visitorKey)
				.param("ids", kept.keySet().toArray(Long[]::new))
				.query((rs, row) -> rated.put(rs.getLong("item_id"),
						new Rated(new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum")),
								rs.getInt("value"))))
				.list();
		}
		return widgets(rated);
	}

	private static Map<Long, RatingWidget> widgets(Map<Long, Rated> rated) {
		Map<Long, RatingWidget> widgets = new LinkedHashMap<>();
		rated.forEach((id, item) -> widgets.put(id, new RatingWidget(RatedItem.comment(id).widgetId(),
				"/comments/" + id + "/rating", item.summary(), item.ownVote())));
		return widgets;
	}

	private record Rated(RatingSummary summary, Integer ownVote) {
	}

	/**
	 * The votes cast on an article against its review of that day, counted at most once a
	 * vote lag.
	 */
	private RatingWidget.SinceReview sinceReview(long articleId, LocalDate reviewedOn) {
		return sinceReview.get(new Review(articleId, reviewedOn),
				review -> new RatingWidget.SinceReview(reviewedOn,
						jdbc.sql("""
								select count(*), coalesce(sum(value), 0) from vote
								where item_type = 'ARTICLE' and item_id = ? and reviewed_on = ?""")
							.params(articleId, reviewedOn)
							.query((rs, row) -> new RatingSummary(rs.getLong(1), rs.getLong(2)))
							.single()));
	}

	private record Review(long articleId, LocalDate reviewedOn) {
	}

	/**
	 * Summaries and one visitor's votes together: an item they voted on always has a
	 * summary, so their vote is joined to it, and the page costs no more statements than
	 * for anyone else.
	 */
	private Map<Long, Rated> withOwnVotes(RatedItem.Kind kind, Collection<Long> ids, String visitorKey) {
		Map<Long, Rated> rated = new LinkedHashMap<>();
		ids.forEach(id -> rated.put(id, new Rated(RatingSummary.NONE, null)));
		if (ids.isEmpty()) {
			return rated;
		}
		jdbc.sql("""
				select s.item_id, s.vote_count, s.vote_sum, v.value as own_vote
				from rating_summary s
				left join vote v on v.item_type = s.item_type and v.item_id = s.item_id and v.voter_key = :key
				where s.item_type = :kind and s.item_id = any(:ids)""")
			.param("kind", kind.name())
			.param("ids", ids.toArray(Long[]::new))
			.param("key", visitorKey)
			.query((rs, row) -> rated.put(rs.getLong("item_id"),
					new Rated(new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum")),
							rs.getObject("own_vote", Integer.class))))
			.list();
		return rated;
	}

	/**
	 * Records a vote unless the address is over its hourly limit, the visitor has rated
	 * the item already, or a vote on it came from the same address today (the address
	 * hash changes daily): a new cookie does not buy a second vote.
	 * @param item an item the caller has checked is published
	 * @param value from 1 to 5
	 */
	@Transactional
	Outcome vote(RatedItem item, int value, Voter voter) {
		if (value < 1 || value > 5) {
			throw new IllegalArgumentException("A vote is from 1 to 5, not " + value);
		}
		Instant now = clock.instant();
		// votes from one address take turns, so the hourly limit holds exactly on any
		// number of instances
		TransactionLocks.hold(jdbc, ADDRESS_LOCK_SPACE, voter.ipHash());
		long[] fromAddress = jdbc.sql("""
				select count(*) filter (where created_at > :hourAgo),
				       count(*) filter (where item_type = :kind and item_id = :id)
				from vote where ip_hash = :ip""")
			.param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("kind", item.kind().name())
			.param("id", item.id())
			.param("ip", voter.ipHash())
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (fromAddress[0] >= properties.votesPerHour()) {
			return new Outcome.TooMany();
		}
		if (fromAddress[1] > 0) {
			return new Outcome.AlreadyRated(summary(item));
		}
		String key = voter.known() ? voter.key() : voter.newKey().get();
		int inserted = jdbc.sql("""
				insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at, reviewed_on)
				values (:kind, :id, :value, :key, :ip, :at,
				        case when :kind = 'ARTICLE' then (select last_reviewed from article where id = :id) end)
				on conflict (item_type, item_id, voter_key) do nothing""")
			.param("kind", item.kind().name())
			.param("id", item.id())
			.param("value", value)
			.param("key", key)
			.param("ip", voter.ipHash())
			.param("at", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return new Outcome.AlreadyRated(summary(item));
		}
		RatingSummary summary = jdbc.sql("""
				insert into rating_summary (item_type, item_id, vote_count, vote_sum)
				values (:kind, :id, 1, :value)
				on conflict (item_type, item_id) do update
				   set vote_count = rating_summary.vote_count + 1,
				       vote_sum = rating_summary.vote_sum + excluded.vote_sum
				returning vote_count, vote_sum""")
			.param("kind", item.kind().name())
			.param("id", item.id())
			.param("value", value)
			.query((rs, row) -> new RatingSummary(rs.getLong("vote_count"), rs.getLong("vote_sum")))
			.single();
		if (item.kind() == RatedItem.Kind.ARTICLE) {
			sinceReview.asMap().keySet().removeIf(review -> review.articleId() == item.id());
		}
		events.publishEvent(new VoteCounted(item));
		return new Outcome.Rated(summary);
	}

	/**
	 * Deletes every vote on these items, and their summaries: for items that are gone,
	 * such as comments erased at their writers' request.
	 */
	@Transactional
	public void forgetItems(RatedItem.Kind kind, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Long[] array = ids.toArray(Long[]::new);
		jdbc.sql("delete from vote where item_type = :kind and item_id = any(:ids)")
			.param("kind", kind.name())
			.param("ids", array)
			.update();
		jdbc.sql("delete from rating_summary where item_type = :kind and item_id = any(:ids)")
			.param("kind", kind.name())
			.param("ids", array)
			.update();
	}

	/**
	 * Rebuilds every summary from the votes, for use after restoring or repairing data.
	 * Votes cast meanwhile wait for it and are then added on top, so none is lost or
	 * counted twice.
	 * @return how many items have votes
	 */
	@Transactional
	public int rebuildSummaries() {
		// a vote holds a lock on this table from its upsert until it commits: so this
		// waits for the
		// votes already counted, and votes not yet counted wait for it and add themselves
		// afterwards
		jdbc.sql("lock table rating_summary in exclusive mode").update();
		jdbc.sql("delete from rating_summary").update();
		return jdbc.sql("""
				insert into rating_summary (item_type, item_id, vote_count, vote_sum)
				select item_type, item_id, count(*), sum(value) from vote group by item_type, item_id""").update();
	}

}
