package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommenterStanding;
import org.springframework.stereotype.Component;

/**
 * How moderators stand with a new comment's writer: blocked, trusted, or like everyone.
 */
@Component
@RequiredArgsConstructor
class Standings implements CommenterStanding {

	private final CommenterBlocks blocks;

	private final TrustedCommenters trust;

	@Override
	public Standing of(String email, String addressHash) {
		if (blocks.blocked(email, addressHash)) {
			return Standing.BLOCKED;
		}
		return trust.trusted(email) ? Standing.TRUSTED : Standing.ORDINARY;
	}

}
