package org.painwise.site.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why an account change could not be made, as exceptions the controllers turn into
 * messages.
 */
final class StaffAccountProblems {

	private StaffAccountProblems() {
	}

	/** Another account already signs in with that email address. */
	static final class EmailAlreadyUsed extends RuntimeException {

		EmailAlreadyUsed() {
			super("Another staff account already uses that email address");
		}

	}

	/**
	 * There is no account with that id: a 404 with a message, through the site's error
	 * pages.
	 */
	static final class NoSuchAccount extends ResponseStatusException {

		NoSuchAccount(long id) {
			super(HttpStatus.NOT_FOUND, "error.staff-account.not-found");
		}

	}

	/**
	 * An admin tried to lock themselves out: disable their own account or drop their own
	 * admin role.
	 */
	static final class OwnAccountRefused extends RuntimeException {

		private final String messageCode;

		OwnAccountRefused(String messageCode) {
			super("Admins cannot do this to their own account: " + messageCode);
			this.messageCode = messageCode;
		}

		String messageCode() {
			return messageCode;
		}

	}

}
