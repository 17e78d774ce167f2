package org.painwise.site.staff;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the sign-in form records about an attempt besides the email and password: only the hash
 * of the visitor's address, never the address itself (Spring's usual details would carry the raw
 * IP address into the session and the logs).
 *
 * @param addressHash today's salted hash of the visitor's IP address
 */
record LoginAttemptDetails(String addressHash) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}
