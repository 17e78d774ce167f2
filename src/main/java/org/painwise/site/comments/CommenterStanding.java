package org.painwise.site.comments;

/**
 * How the site stands with the writer of a new comment, decided by moderators: another
 * module provides it; without one, every writer is {@link Standing#ORDINARY} and every
 * comment is held.
 */
public interface CommenterStanding {

	/**
	 * @param email the address the writer gave, as typed
	 * @param addressHash a keyed hash of the writer's network address that stays the same
	 * from day to day (a comment keeps it only as long as its daily one), or null
	 */
	Standing of(String email, String addressHash);

	/** What a writer's new comments get. */
	enum Standing {

		/** Refused, with their text given back; nothing is saved. */
		BLOCKED,
		/** Held for a moderator, like everyone's. */
		ORDINARY,
		/**
		 * Published at once, unless screening flags the comment (links, the blocklist,
		 * possible crisis or a request for medical advice): a flagged comment is held
		 * like anyone's.
		 */
		TRUSTED

	}

}
