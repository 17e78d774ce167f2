package org.painwise.site.feedback;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The feedback queue on the dashboard and in the navigation, for editors and admins. */
@Component
@RequiredArgsConstructor
class FeedbackSection implements StaffDashboardSection {

	private final PageFeedback feedback;

	private final MessageSource messages;

	static boolean mayWorkTheQueue(StaffMember member) {
		return member.hasRole(StaffRole.EDITOR) || member.hasRole(StaffRole.ADMIN);
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!mayWorkTheQueue(member)) {
			return Optional.empty();
		}
		long waiting = feedback.count(PageFeedback.Status.NEW);
		return Optional.of(new Panel(text("feedback.panel.heading"),
				List.of(waiting == 1 ? text("feedback.panel.waitingOne") : text("feedback.panel.waiting", waiting)),
				List.of(new Link(text("feedback.panel.link"), "/staff/feedback"))));
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return mayWorkTheQueue(member) ? Optional.of(new Link(text("feedback.nav"), "/staff/feedback"))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 202;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
