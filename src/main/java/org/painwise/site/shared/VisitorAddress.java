package org.painwise.site.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A visitor's IP address, reduced to a keyed hash the moment it is read. The raw address
 * is never stored or logged. The key is random and new every day, kept (shared by every
 * instance) only until the day after: once it is deleted, a hash cannot be tied to an
 * address again, even by someone holding a copy of the database, because there is no key
 * to try addresses with. Hashes themselves are cleared after 48 hours by each module's
 * retention.
 *
 * <p>
 * An IPv6 address is first cut to its network prefix
 * ({@code visitor-address.ipv6-prefix-length}, a /64 by default): a home or mobile
 * connection is given a whole /64 and may use any address in it, so hashing each full
 * address would give one person a fresh limit for every request.
 *
 * <p>
 * The address is the one the servlet container reports; behind a proxy it is the
 * visitor's only when the proxy is trusted (see the README's production section).
 */
@Component
public class VisitorAddress implements PersonalDataRetention {

	/**
	 * The daily keys' names: this, a colon and the day, such as
	 * {@code ip-hash:2026-11-30}.
	 */
	private static final String KEY = "ip-hash";

	private final SiteSecrets secrets;

	private final Clock clock;

	private final int ipv6PrefixLength;

	private volatile LocalDate lastDay;

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

	/** Today's keyed hash of an address (of its network, for IPv6). */
	public String hashOf(String address) {
		LocalDate today = LocalDate.now(clock);
		LocalDate known = lastDay;
		if (!today.equals(known)) {
			// a new day: no key older than yesterday stays in memory either
			secrets.forgetKept(name -> name.startsWith(KEY + ":") && name.compareTo(keyName(today.minusDays(1))) < 0);
			lastDay = today;
		}
		return secrets.hmacHex(keyName(today), grouped(address)).substring(0, 32);
	}

	/**
	 * A keyed hash of the request's address (of its network, for IPv6) that stays the
	 * same from day to day, for the few things that must recognise an address over time:
	 * the addresses a staff account signs in from, and a comment's, which it keeps as
	 * long as its daily hash so that a moderator can block the address for a while.
	 * @param keyName the site key to hash with, one per use
	 */
	public String steadyHashOf(HttpServletRequest request, String keyName) {
		return secrets.hmacHex(keyName, grouped(request.getRemoteAddr())).substring(0, 32);
	}

	/**
	 * Deletes the keys of the days before yesterday: their hashes can no longer be
	 * remade.
	 */
	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		LocalDate today = now.atZone(clock.getZone()).toLocalDate();
		String oldestKept = keyName(today.minusDays(1));
		int deleted = secrets.delete(name -> name.startsWith(KEY + ":") && name.compareTo(oldestKept) < 0);
		return Map.of("daily address keys deleted", deleted);
	}

	private static String keyName(LocalDate day) {
		return KEY + ":" + day;
	}

	/**
	 * An IPv6 address as its network (such as {@code 2001:db8:1:2::/64}); anything else
	 * as it is.
	 */
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
