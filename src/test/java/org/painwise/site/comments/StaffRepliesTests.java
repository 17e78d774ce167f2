package org.painwise.site.comments;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Replies from the charity's staff, and the status changes and events around them.
 */
@SiteTest
@Transactional
@RecordApplicationEvents
class StaffRepliesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Autowired
	StaffReplies replies;

	@Autowired
	CommentStatusChanges statusChanges;

	@Autowired
	ApplicationEvents events;

	@PersistenceContext
	EntityManager entityManager;

	CommentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CommentFixtures(jdbc, secrets, clock);
	}

	@Test
	void aStaffReplyIsPublishedAtOnceMarkedAsTheCharitysAndPublishesAHeldParent() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Bashar", "bashar@example.com", "Should I double my dose?")
			.param("notifyMe", "yes"));
		CommentFixtures.Stored held = fixtures.latest();
		assertThat(held.status()).isEqualTo("HELD");
		assertThat(jdbc.sql("select notify_author from comment where id = ?")
			.param(held.id())
			.query(Boolean.class)
			.single()).isTrue();

		long replyId = replies
			.reply(held.id(), new StaffReplies.StaffAuthor(1, "James", "james@painwise.example"),
					"Hi Bashar, we can't advise on your own dose. Please speak to your GP.\n\nJames, Painwise")
			.orElseThrow();
		entityManager.clear();

		assertThat(jdbc.sql("select status from comment where id = ?").param(held.id()).query(String.class).single())
			.isEqualTo("PUBLISHED");
		CommentFixtures.Stored reply = fixtures.latest();
		assertThat(reply.id()).isEqualTo(replyId);
		assertThat(reply.status()).isEqualTo("PUBLISHED");
		assertThat(reply.parentId()).isEqualTo(held.id());
		assertThat(events.stream(CommentPublished.class)).extracting(CommentPublished::commentId)
			.containsExactly(held.id(), replyId);

		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(allOf(containsString("Should I double my dose?"),
					containsString("Painwise team"), containsString("we can&#39;t advise on your own dose"))));
	}

	@Test
	void rejectedCommentsCannotBeAnswered() {
		long id = fixtures.publishedComment("pregabalin", "X", "To be rejected.");
		statusChanges.change(id, CommentStatus.PUBLISHED, CommentStatus.REJECTED, "James", "Off topic");
		assertThat(replies.reply(id, new StaffReplies.StaffAuthor(1, "James", "j@painwise.example"), "Hello"))
			.isEmpty();
	}

	@Test
	void theSecondOfTwoDecisionsOnTheSameCommentChangesNothing() {
		long id = fixtures.publishedComment("pregabalin", "Y", "Contested.");
		jdbc.sql("update comment set status = 'HELD' where id = ?").param(id).update();
		CommentStatusChanges.Outcome first = statusChanges.change(id, CommentStatus.HELD, CommentStatus.PUBLISHED,
				"James", null);
		CommentStatusChanges.Outcome second = statusChanges.change(id, CommentStatus.HELD, CommentStatus.REJECTED,
				"Priya", "Too personal");
		assertThat(first).isInstanceOf(CommentStatusChanges.Outcome.Changed.class);
		assertThat(second).isInstanceOfSatisfying(CommentStatusChanges.Outcome.AlreadyHandled.class, handled -> {
			assertThat(handled.by()).isEqualTo("James");
			assertThat(handled.current()).isEqualTo(CommentStatus.PUBLISHED);
			assertThat(handled.at()).isNotNull();
		});
		assertThat(jdbc.sql("select count(*) from comment_status_change where comment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(statusChanges.change(999999999L, CommentStatus.HELD, CommentStatus.PUBLISHED, "James", null))
			.isInstanceOf(CommentStatusChanges.Outcome.NotFound.class);
	}

}
