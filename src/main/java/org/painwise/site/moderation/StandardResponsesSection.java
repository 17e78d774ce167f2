package org.painwise.site.moderation;

import java.util.Locale;
import java.util.Optional;

import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Standard responses in the staff navigation, for moderators. */
@Component
class StandardResponsesSection implements StaffDashboardSection {

	private final MessageSource messages;

	StandardResponsesSection(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		return Optional.empty();
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return member.isModerator() ? Optional.of(new Link(messages.getMessage("staff.nav.responses", null, Locale.UK), StandardResponsesController.LIST))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 110;
	}

}
