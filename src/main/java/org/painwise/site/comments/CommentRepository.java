package org.painwise.site.comments;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("select count(c) from Comment c where c.ipHash = :ipHash and c.createdAt > :since")
	long countFromAddressSince(String ipHash, Instant since);

	@Query("""
			select count(c) > 0 from Comment c
			where c.articleId = :articleId and c.body = :body and c.createdAt > :since
			  and (c.visitorKey = :visitorKey or c.ipHash = :ipHash)""")
	boolean existsDuplicate(Long articleId, String body, String visitorKey, String ipHash, Instant since);

}
