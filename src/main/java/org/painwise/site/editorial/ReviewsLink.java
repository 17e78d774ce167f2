package org.painwise.site.editorial;

import java.util.Optional;

import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The review list in the staff navigation, next to the articles; its dashboard panel is {@link ReviewsSection}'s. */
@Component
class ReviewsLink implements StaffDashboardSection {

	private final MessageSource messages;

	ReviewsLink(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		return Optional.empty();
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return ReviewsSection.mayEdit(member) ? Optional.of(new Link(
				messages.getMessage("editorial.nav.reviews", null, LocaleContextHolder.getLocale()), "/staff/reviews"))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 201;
	}

}
