package org.painwise.site.staff;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.painwise.site.shared.VisitorAddress;

/**
 * What the sign-in form records about an attempt besides the email and password: only the
 * hash of the visitor's address, never the address itself (Spring's usual details would
 * carry the raw IP address into the session and the logs).
 *
 * @param addressHash today's salted hash of the visitor's IP address
 * @param knownAddressHash a steady keyed hash of it, to recognise the addresses an
 * account signs in from
 */
record LoginAttemptDetails(String addressHash, String knownAddressHash) implements Serializable {

	/** The key for {@link #knownAddressHash}. */
	static final String KNOWN_ADDRESS_KEY = "login-known-address";

	/** The request's address, hashed both ways. */
	static LoginAttemptDetails of(HttpServletRequest request, VisitorAddress addresses) {
		return new LoginAttemptDetails(addresses.hashOf(request), addresses.steadyHashOf(request, KNOWN_ADDRESS_KEY));
	}

	/** An attempt at this account's password or code, from here. */
	LoginThrottle.Attempt attemptFor(String email) {
		return new LoginThrottle.Attempt(email, addressHash, knownAddressHash);
	}

	@Serial
	private static final long serialVersionUID = 1L;

}
