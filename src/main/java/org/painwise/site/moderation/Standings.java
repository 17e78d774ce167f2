package org.painwise.site.moderation;

import org.painwise.site.comments.CommenterStanding;
import org.springframework.stereotype.Component;

/**
 * How moderators stand with a new comment's writer: blocked, trusted, or like everyone.
 */
@Component
class Standings implements CommenterStanding {

	private final CommenterBlocks blocks;

	private final TrustedCommenters trust;

	Standings(CommenterBlocks blocks, TrustedCommenters trust) {
		this.blocks = blocks;
		this.trust = trust;
	}

	@Override
	public Standing of(String email, String addressHash) {
		if (blocks.blocked(email, addressHash)) {
			return Standing.BLOCKED;
		}
		return trust.trusted(email) ? Standing.TRUSTED : Standing.ORDINARY;
	}

}
