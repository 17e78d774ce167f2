package org.painwise.site.moderation;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDirectory;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each moderator chose: to be emailed about new comments flagged for crisis language
 * and about a queue that falls behind, and whether distressing comments are blurred until
 * shown.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ModeratorPreferences {

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	private final ApplicationEventPublisher events;

	/** A moderator's choice, with its column and what it is before they choose. */
	enum Choice {

		CRISIS_ALERTS("crisis_alerts", false), QUEUE_ALERTS("queue_alerts", false),
		BLUR_SENSITIVE("blur_sensitive", true);

		private final String column;

		private final boolean otherwise;

		Choice(String column, boolean otherwise) {
			this.column = column;
			this.otherwise = otherwise;
		}

	}

	@Transactional(readOnly = true)
	boolean chose(long accountId, Choice choice) {
		return jdbc.sql("select " + choice.column + " from moderator_preference where account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(choice.otherwise);
	}

	/**
	 * Records a choice; a change is audited, as {@code preference.crisis_alerts} and so
	 * on.
	 */
	void choose(StaffMember member, Choice choice, boolean wanted) {
		boolean before = chose(member.id(), choice);
		jdbc.sql("insert into moderator_preference (account_id, " + choice.column + ") values (:id, :wanted)"
				+ " on conflict (account_id) do update set " + choice.column + " = excluded." + choice.column)
			.param("id", member.id())
			.param("wanted", wanted)
			.update();
		if (before != wanted) {
			events.publishEvent(new ModeratorPreferenceChanged(choice.column, wanted, member));
		}
	}

	boolean wantsCrisisAlerts(long accountId) {
		return chose(accountId, Choice.CRISIS_ALERTS);
	}

	boolean wantsQueueAlerts(long accountId) {
		return chose(accountId, Choice.QUEUE_ALERTS);
	}

	boolean blursSensitive(long accountId) {
		return chose(accountId, Choice.BLUR_SENSITIVE);
	}

	void setCrisisAlerts(StaffMember member, boolean wanted) {
		choose(member, Choice.CRISIS_ALERTS, wanted);
	}

	void setQueueAlerts(StaffMember member, boolean wanted) {
		choose(member, Choice.QUEUE_ALERTS, wanted);
	}

	void setBlurSensitive(StaffMember member, boolean wanted) {
		choose(member, Choice.BLUR_SENSITIVE, wanted);
	}

	/** Enabled moderators who asked to hear when the queue falls behind. */
	@Transactional(readOnly = true)
	List<StaffMember> queueAlertRecipients() {
		return moderatorsWho(Choice.QUEUE_ALERTS);
	}

	/** Enabled moderators who asked for crisis alerts. */
	@Transactional(readOnly = true)
	List<StaffMember> crisisAlertRecipients() {
		return moderatorsWho(Choice.CRISIS_ALERTS);
	}

	private List<StaffMember> moderatorsWho(Choice choice) {
		List<Long> wanted = jdbc.sql("select account_id from moderator_preference where " + choice.column)
			.query(Long.class)
			.list();
		return directory.withRole(StaffRole.MODERATOR).stream().filter(member -> wanted.contains(member.id())).toList();
	}

}
