package org.painwise.site.ratings;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleRanking;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders the article list by rating, best first, with a Bayesian average: every article
 * counts as if it also had C votes at the mean of all votes on articles (m, or 3 before
 * there are any), so its score is (C·m + sum) / (C + n). An article with one five-star
 * vote moves only a little above the mean, while one with many good votes comes to the
 * top. C is {@code ratings.prior-weight}. Readers are shown the plain average, never this
 * score. With {@code ratings.rank-by=since-review} only the votes cast since each article
 * was last reviewed count.
 *
 * <p>
 * The ratings module owns this order (the formula and its setting), and reads the article
 * table only for which articles are published, in the direction the modules already
 * depend.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ArticleRatingRanking implements ArticleRanking {

	private final JdbcClient jdbc;

	private final RatingProperties properties;

	@Override
	public Page<Long> rankPublished(Pageable page) {
		long total = jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single();
		// the votes that count: all of them (kept in step in rating_summary), or only
		// those cast
		// against each article's current review (a never-reviewed article's votes all
		// count)
		String counted = properties.rankBy() == RatingProperties.RankBy.ALL_VOTES
				? "select item_id, vote_count, vote_sum from rating_summary where item_type = 'ARTICLE'" : """
						select v.item_id, count(*) as vote_count, sum(v.value) as vote_sum
						from vote v join article r on r.id = v.item_id
						where v.item_type = 'ARTICLE' and v.reviewed_on is not distinct from r.last_reviewed
						group by v.item_id""";
		var ids = jdbc
			.sql("with counted as (" + counted
					+ """
							),
							prior as (
							    select coalesce(sum(vote_sum)::numeric / nullif(sum(vote_count), 0), 3) as mean from counted
							)
							select a.id
							from article a
							cross join prior
							left join counted s on s.item_id = a.id
							where a.status = 'PUBLISHED'
							order by (:weight * prior.mean + coalesce(s.vote_sum, 0)) / nullif(:weight + coalesce(s.vote_count, 0), 0)
							             desc nulls last,
							         coalesce(s.vote_count, 0) desc, a.first_published desc nulls last, a.slug
							limit :limit offset :offset""")
			.param("weight", properties.priorWeight())
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(Long.class)
			.list();
		return new PageImpl<>(ids, page, total);
	}

}
