package org.painwise.site.staff;

import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A staff section that is only a link in the staff navigation, with no dashboard panel: a
 * module extends it as a bean, naming the link's message, its page, who sees it and its
 * place.
 */
public abstract class NavigationLink implements StaffDashboardSection {

	private final MessageSource messages;

	private final String labelKey;

	private final String url;

	private final Predicate<StaffMember> shownTo;

	private final int order;

	/**
	 * @param labelKey the link text's key in {@code messages.properties}
	 * @param url the page, a path on this site
	 * @param shownTo the members who see the link
	 * @param order the link's place in the navigation, lowest first
	 */
	protected NavigationLink(MessageSource messages, String labelKey, String url, Predicate<StaffMember> shownTo,
			int order) {
		this.messages = messages;
		this.labelKey = labelKey;
		this.url = url;
		this.shownTo = shownTo;
		this.order = order;
	}

	@Override
	public final Optional<Panel> panelFor(StaffMember member) {
		return Optional.empty();
	}

	@Override
	public final Optional<Link> navigationFor(StaffMember member) {
		return shownTo.test(member)
				? Optional.of(new Link(messages.getMessage(labelKey, null, LocaleContextHolder.getLocale()), url))
				: Optional.empty();
	}

	@Override
	public final int getOrder() {
		return order;
	}

}
