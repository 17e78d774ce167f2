package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;

/**
 * A part of the staff area that a module contributes: a panel on the {@code /staff}
 * dashboard and, optionally, a link in the staff navigation. Implement it as a bean;
 * sections are shown in {@link #getOrder() order}, lowest first, and each decides from
 * the member's roles whether they see it. Text is passed already resolved from the
 * message bundle.
 */
public interface StaffDashboardSection extends Ordered {

	/**
	 * The dashboard panel for this member, or empty if nothing in this section is for
	 * them.
	 */
	Optional<Panel> panelFor(StaffMember member);

	/**
	 * The link in the staff navigation for this member, if the section has a page of its
	 * own.
	 */
	default Optional<Link> navigationFor(StaffMember member) {
		return Optional.empty();
	}

	@Override
	default int getOrder() {
		return 0;
	}

	/**
	 * @param heading the panel's heading
	 * @param lines short paragraphs, such as "12 comments are waiting"
	 * @param links where to go from here
	 * @param fragment a template fragment that shows more than lines can, such as a
	 * chart, as {@code "moderation/workload :: panel"}, rendered across the dashboard's
	 * width with {@code model} as its variable {@code model}; or null
	 */
	record Panel(String heading, List<String> lines, List<Link> links, String fragment, Object model) {

		public Panel {
			lines = List.copyOf(lines);
			links = List.copyOf(links);
		}

		public Panel(String heading, List<String> lines, List<Link> links) {
			this(heading, lines, links, null, null);
		}

	}

	/**
	 * @param label the link text
	 * @param url a path on this site, such as {@code /staff/moderation}
	 */
	record Link(String label, String url) {

	}

}
