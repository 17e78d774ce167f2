package org.painwise.site.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Articles, people, topics and reviews on the dashboard and in the navigation, for
 * editors and admins.
 */
@Component
@RequiredArgsConstructor
class ReviewsSection implements StaffDashboardSection {

	private final EditorialDesk desk;

	private final EditorialProperties properties;

	private final MessageSource messages;

	static boolean mayEdit(StaffMember member) {
		return member.hasRole(StaffRole.EDITOR) || member.hasRole(StaffRole.ADMIN);
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!mayEdit(member)) {
			return Optional.empty();
		}
		LocalDate today = desk.today();
		List<StaffArticleList.Row> due = desk.dueForReview();
		long overdue = due.stream().filter(r -> r.nextReviewDue().isBefore(today)).count();
		return Optional.of(new Panel(text("editorial.panel.heading"),
				List.of(text("editorial.panel.reviews", overdue, due.size() - overdue, properties.dueSoonDays())),
				List.of(new Link(text("editorial.panel.reviewsLink"), "/staff/reviews"),
						new Link(text("editorial.panel.articles"), "/staff/articles"),
						new Link(text("editorial.panel.new"), "/staff/articles/new"),
						new Link(text("editorial.panel.people"), "/staff/people"),
						new Link(text("editorial.panel.topics"), "/staff/topics"))));
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return mayEdit(member) ? Optional.of(new Link(text("editorial.nav.articles"), "/staff/articles"))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 200;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
