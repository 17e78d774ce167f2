package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.TransactionLocks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a reader's comment: refuses it if comments are closed, a moderator blocked the
 * writer, the visitor is over the hourly limit or has just sent the same text; otherwise
 * saves it held for moderation, or quietly as spam when it came from a program or matches
 * the blocklist. A trusted commenter's comment that screening finds nothing in is
 * published at once.
 */
@Service
class CommentPosting {

	private static final Duration HOUR = Duration.ofHours(1);

	/**
	 * What screening can find that sends a trusted commenter's comment to the queue all
	 * the same.
	 */
	private static final Set<CommentFlag> HELD_EVEN_FROM_TRUSTED = EnumSet.of(CommentFlag.LINKS, CommentFlag.BLOCKLIST,
			CommentFlag.HONEYPOT, CommentFlag.TOO_FAST, CommentFlag.MEDICAL_ADVICE, CommentFlag.CRISIS,
			CommentFlag.SIDE_EFFECT);

	/** The history's reason for a comment published without waiting for a moderator. */
	static final String TRUSTED_NOTE = "Published at once: a trusted commenter";

	/** Keeps the hourly limit's advisory locks apart from any other use of them. */
	private static final int ADDRESS_LOCK_SPACE = 0x436f6d6d;

	private final CommentRepository comments;

	private final CommentStatusChanges statusChanges;

	private final CommentingPolicy policy;

	private final CommentProperties properties;

	private final FormTimer formTimer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<CommentScreening> screenings;

	private final CommentConsent consent;

	private final JdbcClient jdbc;

	private final EmailConfirmations confirmations;

	private final CommenterStanding standing;

	CommentPosting(CommentRepository comments, CommentStatusChanges statusChanges, CommentingPolicy policy,
			CommentProperties properties, FormTimer formTimer, ApplicationEventPublisher events, Clock clock,
			List<CommentScreening> screenings, CommentConsent consent, JdbcClient jdbc,
			EmailConfirmations confirmations, ObjectProvider<CommenterStanding> standing) {
		this.confirmations = confirmations;
		this.standing = standing.getIfAvailable(() -> (email, address) -> CommenterStanding.Standing.ORDINARY);
		this.screenings = screenings;
		this.consent = consent;
		this.jdbc = jdbc;
		this.comments = comments;
		this.statusChanges = statusChanges;
		this.policy = policy;
		this.properties = properties;
		this.formTimer = formTimer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Who is posting, as far as the site knows them.
	 *
	 * @param ipHash today's keyed hash of their address, for the hourly limit
	 * @param addressHash a keyed hash of their address that stays the same from day to
	 * day, which a moderator's block can copy, or null
	 */
	record Visitor(String key, String ipHash, String addressHash) {

		Visitor(String key, String ipHash) {
			this(key, ipHash, null);
		}

	}

	sealed interface Outcome {

		/**
		 * Saved; {@code status} is what a moderator will see, the visitor is always
		 * thanked.
		 *
		 * @param flags what screening found, such as possible crisis language
		 */
		record Posted(long commentId, CommentStatus status, Set<CommentFlag> flags) implements Outcome {
		}

		record Closed() implements Outcome {
		}

		/** A moderator blocked the writer; nothing was saved. */
		record Blocked() implements Outcome {
		}

		record ParentNotFound() implements Outcome {
		}

		record Duplicate() implements Outcome {
		}

		/**
		 * @param retryAt when the visitor's oldest comment of the last hour stops
		 * counting, so they may post again
		 */
		record TooMany(Instant retryAt) implements Outcome {
		}

	}

	/**
	 * @param form an already validated, trimmed form
	 */
	@Transactional
	Outcome post(PublishedArticle article, CommentForm form, Visitor visitor) {
		return post(article, form, visitor, null, List.of());
	}

	/**
	 * @param form an already validated, trimmed form
	 * @param experience the reader's answers about the medicine the article is about, or
	 * null
	 * @param sideEffects the article's own side-effect words, which screening also looks
	 * for
	 */
	@Transactional
	Outcome post(PublishedArticle article, CommentForm form, Visitor visitor, ExperienceForm.Experience experience,
			List<String> sideEffects) {
		if (!policy.closureOf(article).isOpen()) {
			return new Outcome.Closed();
		}
		Optional<Comment> parent = Optional.empty();
		if (form.parent() != null) {
			parent = comments.findById(form.parent())
				.filter(p -> p.getArticleId().equals(article.id()) && p.getStatus() == CommentStatus.PUBLISHED);
			if (parent.isEmpty()) {
				return new Outcome.ParentNotFound();
			}
		}
		CommenterStanding.Standing writer = standing.of(form.email(), visitor.addressHash());
		if (writer == CommenterStanding.Standing.BLOCKED) {
			return new Outcome.Blocked();
		}
		// comments from one address take turns, so the hourly limit is checked and used
		// in one step,
		// however many arrive at once and on however many instances
		TransactionLocks.hold(jdbc, ADDRESS_LOCK_SPACE, visitor.ipHash());
		Instant now = clock.instant();
		int limit = properties.perHourLimit();
		List<Instant> recent = comments.timesFromAddressSince(visitor.ipHash(), now.minus(HOUR),
				PageRequest.of(0, limit));
		if (recent.size() >= limit) {
			return new Outcome.TooMany(recent.get(limit - 1).plus(HOUR));
		}
		if (comments.existsDuplicate(article.id(), form.body(), visitor.key(), visitor.ipHash(),
				now.minus(properties.duplicateWindow()))) {
			return new Outcome.Duplicate();
		}

		Comment comment = new Comment(article.id(), form.name(), form.email(), form.body(), now);
		parent.ifPresent(p -> comment.answer(p, properties.maxDepth()));
		comment.identifyVisitor(visitor.ipHash(), visitor.addressHash(), visitor.key());
		comment.notifyAuthor(form.wantsNotifications());
		// the form cannot be posted without the box ticked (CommentFormValidator)
		comment.recordConsent(now, consent.currentVersion());
		Set<CommentFlag> flags = flagsFor(form);
		if ((experience != null && !experience.sideEffects().isEmpty()) || mentionsAny(form.body(), sideEffects)) {
			flags.add(CommentFlag.SIDE_EFFECT);
		}
		comment.flag(flags);
		boolean spam = flags.contains(CommentFlag.HONEYPOT) || flags.contains(CommentFlag.TOO_FAST)
				|| flags.contains(CommentFlag.BLOCKLIST);
		statusChanges.saveNew(comment, spam ? CommentStatus.SPAM : null, "system", now,
				spam ? "Automatic: " + flags : null);
		if (experience != null && !experience.isEmpty()) {
			jdbc.sql("""
					insert into comment_experience (comment_id, taken_for, helped, side_effects)
					values (:id, :taken, :helped, :effects)""")
				.param("id", comment.getId())
				.param("taken", experience.takenFor() == null ? null : experience.takenFor().name())
				.param("helped", experience.helped() == null ? null : experience.helped().name())
				.param("effects", experience.sideEffects().toArray(String[]::new))
				.update();
		}
		CommentStatus status = comment.getStatus();
		if (writer == CommenterStanding.Standing.TRUSTED && status == CommentStatus.HELD
				&& Collections.disjoint(flags, HELD_EVEN_FROM_TRUSTED)) {
			statusChanges.change(comment.getId(), CommentStatus.HELD, CommentStatus.PUBLISHED, "system", TRUSTED_NOTE);
			status = CommentStatus.PUBLISHED;
		}
		events.publishEvent(new CommentSubmitted(comment.getId(), article.id(), comment.getParentId(), status, flags));
		// emails about a comment go only to an address its owner confirmed; spam asks
		// nobody anything
		if (form.wantsNotifications() && !spam && confirmations.ask(form.email())) {
			events.publishEvent(new EmailConfirmationRequested(comment.getId()));
		}
		return new Outcome.Posted(comment.getId(), status, flags);
	}

	/**
	 * Whether a comment's words suggest its writer may be in crisis and should see where
	 * to find help now.
	 */
	boolean mayBeInCrisis(String body) {
		return body != null
				&& screenings.stream().anyMatch(screening -> screening.screen(body).contains(CommentFlag.CRISIS));
	}

	Set<CommentFlag> flagsFor(CommentForm form) {
		Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
		if (form.website() != null && !form.website().isBlank()) {
			flags.add(CommentFlag.HONEYPOT);
		}
		if (formTimer.tooFast(form.started(), properties.minFillTime())) {
			flags.add(CommentFlag.TOO_FAST);
		}
		if (CommentText.countLinks(form.body()) > properties.maxLinks()) {
			flags.add(CommentFlag.LINKS);
		}
		if (matchesBlocklist(form.name() + "\n" + form.body())) {
			flags.add(CommentFlag.BLOCKLIST);
		}
		screenings.forEach(screening -> flags.addAll(screening.screen(form.body())));
		return flags;
	}

	private static boolean mentionsAny(String text, List<String> words) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (Pattern
				.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
				.matcher(lower)
				.find()) {
				return true;
			}
		}
		return false;
	}

	private boolean matchesBlocklist(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String entry : properties.blocklist()) {
			String word = entry.strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
				.matcher(lower)
				.find()) {
				return true;
			}
		}
		return false;
	}

}
