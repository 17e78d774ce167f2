package org.painwise.site.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies from the charity's staff. A staff reply is published at once under the comment
 * it answers, marked as the charity's; if that comment was still held, it is published
 * too.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffReplies {

	private final CommentRepository comments;

	private final CommentStatusChanges statusChanges;

	private final CommentProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Who is replying.
	 *
	 * @param staffAccountId the staff member's account
	 * @param displayName the name they sign replies with, such as "James"
	 * @param email their address, kept with the reply and never shown
	 */
	public record StaffAuthor(long staffAccountId, String displayName, String email) {
	}

	/**
	 * @return the new reply's id, or empty if the comment cannot be answered (it does not
	 * exist, or was rejected or marked as spam)
	 */
	@Transactional
	public Optional<Long> reply(long parentId, StaffAuthor author, String body) {
		Optional<Comment> found = comments.findById(parentId);
		if (found.isEmpty() || found.get().getStatus() == CommentStatus.REJECTED
				|| found.get().getStatus() == CommentStatus.SPAM) {
			return Optional.empty();
		}
		Comment parent = found.get();
		if (parent.getStatus() == CommentStatus.HELD) {
			statusChanges.change(parentId, CommentStatus.HELD, CommentStatus.PUBLISHED, author.displayName(),
					"Published with a staff reply");
		}
		Instant now = clock.instant();
		Comment reply = new Comment(parent.getArticleId(), author.displayName(), author.email(),
				body.replace("\r\n", "\n").strip(), now);
		reply.answer(parent, properties.maxDepth());
		reply.writtenByStaff(author.staffAccountId(), author.displayName());
		statusChanges.saveNew(reply, CommentStatus.PUBLISHED, author.displayName(), now, "Staff reply");
		events.publishEvent(new CommentPublished(reply.getId(), reply.getArticleId(), reply.getParentId()));
		return Optional.of(reply.getId());
	}

}
