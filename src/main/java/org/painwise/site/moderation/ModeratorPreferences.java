package org.painwise.site.moderation;

import java.util.List;

import org.painwise.site.shared.AuditLog;
import org.painwise.site.staff.StaffDirectory;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each moderator chose: to be emailed about new comments flagged for crisis language and
 * about a queue that falls behind, and whether distressing comments are blurred until shown.
 */
@Service
@Transactional
class ModeratorPreferences {

	private final JdbcClient jdbc;

	private final StaffDirectory directory;

	private final AuditLog audit;

	ModeratorPreferences(JdbcClient jdbc, StaffDirectory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	boolean wantsCrisisAlerts(long accountId) {
		return jdbc.sql("select crisis_alerts from moderator_preference where account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setCrisisAlerts(StaffMember member, boolean wanted) {
		boolean before = wantsCrisisAlerts(member.id());
		jdbc.sql("""
				insert into moderator_preference (account_id, crisis_alerts) values (:id, :wanted)
				on conflict (account_id) do update set crisis_alerts = excluded.crisis_alerts""")
			.param("id", member.id())
			.param("wanted", wanted)
			.update();
		if (before != wanted) {
			audit.record(new AuditLog.Entry(member.id(), member.displayName(), "preference.crisis_alerts",
					"staff_account", Long.toString(member.id()), before ? "on" : "off", wanted ? "on" : "off", null));
		}
	}

	@Transactional(readOnly = true)
	boolean wantsQueueAlerts(long accountId) {
		return jdbc.sql("select queue_alerts from moderator_preference where account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setQueueAlerts(StaffMember member, boolean wanted) {
		boolean before = wantsQueueAlerts(member.id());
		jdbc.sql("""
				insert into moderator_preference (account_id, queue_alerts) values (:id, :wanted)
				on conflict (account_id) do update set queue_alerts = excluded.queue_alerts""")
			.param("id", member.id())
			.param("wanted", wanted)
			.update();
		if (before != wanted) {
			audit.record(new AuditLog.Entry(member.id(), member.displayName(), "preference.queue_alerts",
					"staff_account", Long.toString(member.id()), before ? "on" : "off", wanted ? "on" : "off", null));
		}
	}

	/** Enabled moderators who asked to hear when the queue falls behind. */
	@Transactional(readOnly = true)
	List<StaffMember> queueAlertRecipients() {
		List<Long> wanted = jdbc.sql("select account_id from moderator_preference where queue_alerts")
			.query(Long.class)
			.list();
		return directory.withRole(StaffRole.MODERATOR).stream().filter(member -> wanted.contains(member.id())).toList();
	}

	/** Whether comments with crisis language or readers' reports are blurred in the queue until shown. */
	@Transactional(readOnly = true)
	boolean blursSensitive(long accountId) {
		return jdbc.sql("select blur_sensitive from moderator_preference where account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	void setBlurSensitive(StaffMember member, boolean wanted) {
		jdbc.sql("""
				insert into moderator_preference (account_id, blur_sensitive) values (:id, :wanted)
				on conflict (account_id) do update set blur_sensitive = excluded.blur_sensitive""")
			.param("id", member.id())
			.param("wanted", wanted)
			.update();
	}

	/** Enabled moderators who asked for crisis alerts. */
	@Transactional(readOnly = true)
	List<StaffMember> crisisAlertRecipients() {
		List<Long> wanted = jdbc.sql("select account_id from moderator_preference where crisis_alerts")
			.query(Long.class)
			.list();
		return directory.withRole(StaffRole.MODERATOR).stream().filter(member -> wanted.contains(member.id())).toList();
	}

}
