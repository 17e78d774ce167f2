package org.painwise.site.shared;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * A visitor's IP address, reduced to a salted hash the moment it is read. The raw address is
 * never stored or logged. The salt changes every day, so hashes cannot be joined up over time
 * beyond what rate limits and duplicate checks need.
 *
 * <p>The address is the one the servlet container reports; behind a proxy, set
 * {@code server.forward-headers-strategy=native} so it is the visitor's, not the proxy's.
 */
@Component
public class VisitorAddress {

	private static final String KEY = "ip-hash";

	private final SiteSecrets secrets;

	private final Clock clock;

	VisitorAddress(SiteSecrets secrets, Clock clock) {
		this.secrets = secrets;
		this.clock = clock;
	}

	/** Today's salted hash of the request's remote address. */
	public String hashOf(HttpServletRequest request) {
		return hashOf(request.getRemoteAddr());
	}

	/** Today's salted hash of an address. */
	public String hashOf(String address) {
		return secrets.hmacHex(KEY, LocalDate.now(clock) + "|" + (address == null ? "" : address)).substring(0, 32);
	}

}
