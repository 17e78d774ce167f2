package org.painwise.site.comments;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	/**
	 * When the latest comments from an address were posted since a time, newest first.
	 */
	@Query("select c.createdAt from Comment c where c.ipHash = :ipHash and c.createdAt > :since order by c.createdAt desc")
	List<Instant> timesFromAddressSince(String ipHash, Instant since, Pageable page);

	@Query("""
			select count(c) > 0 from Comment c
			where c.articleId = :articleId and c.body = :body and c.createdAt > :since
			  and (c.visitorKey = :visitorKey or c.ipHash = :ipHash)""")
	boolean existsDuplicate(Long articleId, String body, String visitorKey, String ipHash, Instant since);

}
