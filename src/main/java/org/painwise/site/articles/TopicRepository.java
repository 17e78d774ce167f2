package org.painwise.site.articles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	@Query("""
			select new org.painwise.site.articles.TopicSummary(t.slug, t.name, t.description,
				(select count(a) from Article a join a.topics at where at = t and a.status = :status))
			from Topic t order by t.position, t.name""")
	List<TopicSummary> findSummaries(ArticleStatus status);

}
