package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	@Query("select a from Article a where a.bodyHtml is null order by a.id")
	List<Article> findWithoutRenderedBody();

	@Modifying
	@Query("update Article a set a.bodyHtml = :html, a.bodyContents = :contents where a.id = :id")
	void keepRenderedBody(long id, String html, String contents);

	/** What other modules attach things to: one row, no people, no topics. */
	@Query("""
			select new org.painwise.site.articles.PublishedArticle(a.id, a.slug, a.title, a.firstPublished,
			       a.commentsOpen, a.nextReviewDue)
			from Article a where a.slug = :slug and a.status = :status""")
	Optional<PublishedArticle> findPublished(String slug, ArticleStatus status);

	/** One statement for the article, its author, reviewer and topics. */
	@Query("""
			select a from Article a
			join fetch a.author join fetch a.reviewer left join fetch a.topics
			where a.slug = :slug and a.status = :status""")
	Optional<Article> findWithPeopleAndTopics(String slug, ArticleStatus status);

	@Query(value = """
			select new org.painwise.site.articles.ArticleSummary(a.id, a.slug, a.title, a.standfirst, a.firstPublished, a.lastReviewed, a.nextReviewDue)
			from Article a where a.status = :status""",
			countQuery = "select count(a) from Article a where a.status = :status")
	Page<ArticleSummary> findSummaries(ArticleStatus status, Pageable pageable);

	/** Every article in any status: staff pages only. */
	@Query("""
			select new org.painwise.site.articles.ArticleSummary(a.id, a.slug, a.title, a.standfirst, a.firstPublished, a.lastReviewed, a.nextReviewDue)
			from Article a order by a.title, a.id""")
	List<ArticleSummary> findEverySummary();

	@Query(value = """
			select new org.painwise.site.articles.ArticleSummary(a.id, a.slug, a.title, a.standfirst, a.firstPublished, a.lastReviewed, a.nextReviewDue)
			from Article a join a.topics t where t.slug = :topic and a.status = :status""",
			countQuery = "select count(a) from Article a join a.topics t where t.slug = :topic and a.status = :status")
	Page<ArticleSummary> findSummariesInTopic(String topic, ArticleStatus status, Pageable pageable);

	@Query("""
			select new org.painwise.site.articles.ArticleSummary(a.id, a.slug, a.title, a.standfirst, a.firstPublished, a.lastReviewed, a.nextReviewDue)
			from Article a where a.status = :status and a.featured = true
			order by a.firstPublished desc, a.id desc""")
	List<ArticleSummary> findFeatured(ArticleStatus status, Limit limit);

	@Query("""
			select distinct new org.painwise.site.articles.ArticleSummary(a.id, a.slug, a.title, a.standfirst, a.firstPublished, a.lastReviewed, a.nextReviewDue)
			from Article a join a.topics t
			where t.id in :topicIds and a.id <> :articleId and a.status = :status
			order by a.firstPublished desc, a.slug""")
	List<ArticleSummary> findRelated(Collection<Long> topicIds, Long articleId, ArticleStatus status, Limit limit);

	@Query(value = """
			select a.slug from article a join article_slug_history h on h.article_id = a.id
			where h.old_slug = :oldSlug and a.status = 'PUBLISHED'""", nativeQuery = true)
	Optional<String> findCurrentSlugOfPublished(String oldSlug);

	/** Slugs and review dates of every published article, for the sitemap. */
	@Query("select a.slug as slug, a.lastReviewed as lastReviewed from Article a where a.status = :status order by a.slug")
	List<SitemapEntry> findSitemapEntries(ArticleStatus status);

	interface SitemapEntry {

		String getSlug();

		LocalDate getLastReviewed();

	}

}
