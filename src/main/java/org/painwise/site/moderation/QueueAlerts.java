package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.painwise.site.shared.OneInstance;
import org.painwise.site.shared.Outbox;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emails the moderators who asked for it when the held queue has more comments than the
 * threshold or its oldest comment has waited too long, at most once per period: the
 * moment of the last email is claimed in one conditional update, so two instances
 * checking at once send one.
 */
@Component
@RequiredArgsConstructor
class QueueAlerts {

	private static final Logger log = LoggerFactory.getLogger(QueueAlerts.class);

	private final ModerationQueries queries;

	private final ModeratorPreferences preferences;

	private final QueueAlertProperties properties;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final SiteProperties site;

	private final MessageSource messages;

	private final OneInstance oneInstance;

	private final Clock clock;

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${moderation.queue-alerts.check-every:PT15M}")
	void scheduled() {
		oneInstance.run("queue-alerts", this::check);
	}

	/**
	 * Sends the alert if the queue is behind and none went out in the period.
	 * @return how many moderators were emailed
	 */
	int check() {
		ModerationQueries.Summary summary = queries.summary();
		Instant now = clock.instant();
		long waitedHours = summary.oldestHeld() == null ? 0 : Duration.between(summary.oldestHeld(), now).toHours();
		boolean behind = summary.held() > properties.heldThreshold() || waitedHours >= properties.oldestHours();
		if (!behind) {
			return 0;
		}
		var recipients = preferences.queueAlertRecipients();
		if (recipients.isEmpty()) {
			return 0;
		}
		boolean due = jdbc.sql("""
				update queue_alert set sent_at = :now
				where id = 1 and (sent_at is null or sent_at <= :due)
				returning 1""")
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(now.minus(properties.period())))
			.query(Integer.class)
			.optional()
			.isPresent();
		if (!due) {
			return 0;
		}
		int sent = 0;
		for (StaffMember moderator : recipients) {
			try {
				outbox.send(new Outbox.Email(moderator.email(), text("mail.queue.subject", summary.held()),
						text("mail.queue.body", moderator.displayName(), summary.held(), waitedHours,
								site.absoluteUrl(ModerationController.QUEUE),
								site.absoluteUrl(AlertsController.ALERTS))));
				sent++;
			}
			catch (RuntimeException ex) {
				// the next period's check tries again; the address is not logged
				log.warn("Could not send a queue alert to a moderator ({})", ex.getClass().getSimpleName());
			}
		}
		return sent;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
