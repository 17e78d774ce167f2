package org.painwise.site.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Moderation on the staff dashboard (how many comments wait, how many are urgent or
 * reported, and how long the oldest has waited) and in the navigation: the queue and the
 * standard responses for moderators, the audit log for moderators and admins.
 */
@Component
@RequiredArgsConstructor
class ModerationSection implements StaffDashboardSection {

	private final ModerationQueries queries;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final CrisisLoad crisisLoad;

	private final WellbeingProperties wellbeing;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (member.isModerator()) {
			ModerationQueries.Summary summary = queries.summary();
			List<String> lines = new ArrayList<>();
			lines.add(text("moderation.panel.held", summary.held()));
			lines.add(text("moderation.panel.urgent", summary.urgent()));
			lines.add(text("moderation.panel.reported", summary.reported()));
			if (summary.oldestHeld() != null) {
				long hours = java.time.Duration.between(summary.oldestHeld(), clock.instant()).toHours();
				lines.add(hours >= 24 ? text("moderation.panel.oldestDays", hours / 24)
						: text("moderation.panel.oldestHours", hours));
			}
			long crisis = crisisLoad.handledToday(member.id());
			if (crisis > 0) {
				lines.add(text("moderation.panel.crisisToday", crisis));
			}
			List<Link> support = new ArrayList<>();
			if (crisis >= wellbeing.crisisItemsBeforeBreak()) {
				lines.add(text("moderation.panel.takeABreak"));
				lines.add(wellbeing.support());
				support.add(new Link(text("moderation.panel.support"), wellbeing.supportUrl().toString()));
			}
			List<Link> links = new ArrayList<>(support);
			links.addAll(List.of(new Link(text("moderation.panel.queue"), ModerationController.QUEUE),
					new Link(text("moderation.panel.reportedLink"), ModerationController.QUEUE + "?view=reported"),
					new Link(text("moderation.panel.responses"), StandardResponsesController.LIST),
					new Link(text("moderation.panel.blocked"), CommentersController.BLOCKED),
					new Link(text("moderation.panel.settings"), AlertsController.ALERTS)));
			return Optional.of(new Panel(text("moderation.panel.heading"), lines, links));
		}
		return Optional.empty();
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return member.isModerator() ? Optional.of(new Link(text("staff.nav.moderation"), ModerationController.QUEUE))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 100;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
