package org.painwise.site.editorial;

import org.painwise.site.staff.NavigationLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The review list in the staff navigation, next to the articles; its dashboard panel is
 * {@link ReviewsSection}'s.
 */
@Component
class ReviewsLink extends NavigationLink {

	ReviewsLink(MessageSource messages) {
		super(messages, "editorial.nav.reviews", "/staff/reviews", ReviewsSection::mayEdit, 201);
	}

}
