package org.painwise.site.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A visitor's IP address, reduced to a salted hash the moment it is read. The raw address is
 * never stored or logged. The salt changes every day, so hashes cannot be joined up over time
 * beyond what rate limits and duplicate checks need.
 *
 * <p>An IPv6 address is first cut to its network prefix ({@code visitor-address.ipv6-prefix-length},
 * a /64 by default): a home or mobile connection is given a whole /64 and may use any address in
 * it, so hashing each full address would give one person a fresh limit for every request.
 *
 * <p>The address is the one the servlet container reports; behind a proxy it is the visitor's
 * only when the proxy is trusted (see the README's production section).
 */
@Component
public class VisitorAddress {

	private static final String KEY = "ip-hash";

	private final SiteSecrets secrets;

	private final Clock clock;

	private final int ipv6PrefixLength;

	VisitorAddress(SiteSecrets secrets, Clock clock) {
		this(secrets, clock, 64);
	}

	@Autowired
	VisitorAddress(SiteSecrets secrets, Clock clock,
			@Value("${visitor-address.ipv6-prefix-length:64}") int ipv6PrefixLength) {
		if (ipv6PrefixLength < 1 || ipv6PrefixLength > 128) {
			throw new IllegalArgumentException(
					"visitor-address.ipv6-prefix-length must be between 1 and 128, not " + ipv6PrefixLength);
		}
		this.secrets = secrets;
		this.clock = clock;
		this.ipv6PrefixLength = ipv6PrefixLength;
	}

	/** Today's salted hash of the request's remote address. */
	public String hashOf(HttpServletRequest request) {
		return hashOf(request.getRemoteAddr());
	}

	/** Today's salted hash of an address (of its network, for IPv6). */
	public String hashOf(String address) {
		return secrets.hmacHex(KEY, LocalDate.now(clock) + "|" + grouped(address)).substring(0, 32);
	}

	/** An IPv6 address as its network (such as {@code 2001:db8:1:2::/64}); anything else as it is. */
	String grouped(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address == null ? "" : address;
		}
		try {
			// a literal address is parsed, never looked up
			InetAddress parsed = InetAddress.getByName(address);
			if (!(parsed instanceof Inet6Address)) {
				// an IPv4 address written the IPv6 way
				return parsed.getHostAddress();
			}
			byte[] bytes = parsed.getAddress();
			for (int bit = ipv6PrefixLength; bit < 128; bit++) {
				bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
			}
			return InetAddress.getByAddress(bytes).getHostAddress() + "/" + ipv6PrefixLength;
		}
		catch (UnknownHostException | RuntimeException ex) {
			return address;
		}
	}

}
