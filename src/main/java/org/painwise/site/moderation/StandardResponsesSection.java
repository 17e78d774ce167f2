package org.painwise.site.moderation;

import org.painwise.site.staff.NavigationLink;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Standard responses in the staff navigation, for moderators. */
@Component
class StandardResponsesSection extends NavigationLink {

	StandardResponsesSection(MessageSource messages) {
		super(messages, "staff.nav.responses", StandardResponsesController.LIST, StaffMember::isModerator, 110);
	}

}
