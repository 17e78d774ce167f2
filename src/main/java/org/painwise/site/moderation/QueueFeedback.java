package org.painwise.site.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.Days;
import org.painwise.site.shared.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a moderator is told after an action, from the queue or elsewhere in moderation,
 * and where they are taken: a confirmation ({@code flash}) or a problem
 * ({@code flashProblem}) shown at the top of the page they land on.
 */
@Component
@RequiredArgsConstructor
class QueueFeedback {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	/** A comment that is not there to act on (it never was, or it is a staff reply). */
	static ResponseStatusException commentNotFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.comment.not-found-here");
	}

	/** Confirms what was done with the message of this key. */
	void done(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flash", text(code, args));
	}

	/** Warns that something could not be done, with the message of this key. */
	void problem(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flashProblem", text(code, args));
	}

	/**
	 * Back to the queue after a decision on one comment: on to the next comment with the
	 * confirmation of this key (given the writer's name) when it was made, or to the
	 * comment itself, saying who got there first, when it was not.
	 */
	String afterDecision(ModerationDecisions.Result result, String doneCode, QueuePosition position, Long next,
			RedirectAttributes redirect) {
		if (result instanceof ModerationDecisions.Result.Done done) {
			done(redirect, doneCode, done.authorName());
			return position.redirect(next);
		}
		if (result instanceof ModerationDecisions.Result.AlreadyHandled already) {
			redirect.addFlashAttribute("flashProblem", alreadyHandled(already));
			return position.redirect(already.commentId());
		}
		throw commentNotFound();
	}

	/** Who decided first, when, and what the comment is now. */
	String alreadyHandled(ModerationDecisions.Result.AlreadyHandled already) {
		String when = "";
		if (already.at() != null) {
			ZonedDateTime at = already.at().atZone(site.timeZone());
			when = at.toLocalDate().equals(LocalDate.now(clock.withZone(site.timeZone()))) ? at.format(TIME)
					: Days.dayAndTime(at);
		}
		return text(when.isEmpty() ? "moderation.alreadyHandledNoTime" : "moderation.alreadyHandled",
				already.by() == null ? text("moderation.someone") : already.by(), when, already.authorName(),
				text("moderation.status." + already.current().name()));
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
