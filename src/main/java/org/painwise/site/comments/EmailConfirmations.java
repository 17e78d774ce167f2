package org.painwise.site.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.shared.SiteSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Whether the owner of an email address has confirmed they want the site's emails about
 * their comments. Anyone can type any address into the comment form, so the first comment
 * that asks for emails from an address gets one email with a confirmation link, and
 * nothing else goes to that address until the link's button is pressed. Another
 * confirmation email goes to the same address only after {@link #ASK_AGAIN_AFTER}.
 * Addresses are looked up by a keyed hash.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EmailConfirmations {

	static final String PATH = "/comments/confirm-email";

	/** How long a confirmation link works. */
	static final Duration LINK_LIFETIME = Duration.ofDays(7);

	/**
	 * How long before an address that was asked and did not confirm may be asked again.
	 */
	static final Duration ASK_AGAIN_AFTER = Duration.ofDays(30);

	private static final String ADDRESS_KEY = "email-address";

	private static final String LINK_KEY = "email-confirmation";

	private final JdbcClient jdbc;

	private final SiteSecrets secrets;

	private final SiteProperties site;

	private final Clock clock;

	/**
	 * The keyed hash under which an address is looked up (the same for any mix of
	 * capitals).
	 */
	public String hashOf(String email) {
		return secrets.hmacHex(ADDRESS_KEY, email.strip().toLowerCase(Locale.ROOT));
	}

	/** Whether the owner of the address confirmed it. */
	public boolean isConfirmed(String email) {
		return jdbc
			.sql("select exists (select 1 from email_confirmation where email_hash = ? and confirmed_at is not null)")
			.param(hashOf(email))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records that a confirmation email is going to the address, unless it is confirmed
	 * or was asked recently; in one statement, so two comments at once cannot both ask.
	 * @return whether the email is due
	 */
	@Transactional
	boolean ask(String email) {
		Instant now = clock.instant();
		return jdbc.sql("""
				insert into email_confirmation (email_hash, requested_at) values (:hash, :now)
				on conflict (email_hash) do update set requested_at = excluded.requested_at
				where email_confirmation.confirmed_at is null and email_confirmation.requested_at < :again
				returning 1""")
			.param("hash", hashOf(email))
			.param("now", Timestamp.from(now))
			.param("again", Timestamp.from(now.minus(ASK_AGAIN_AFTER)))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/**
	 * The absolute address of a link that confirms this address, working for
	 * {@link #LINK_LIFETIME}.
	 */
	public String confirmationUrl(String email) {
		String hash = hashOf(email);
		String until = Long.toString(clock.instant().plus(LINK_LIFETIME).getEpochSecond());
		return site.absoluteUrl(UriComponentsBuilder.fromPath(PATH)
			.queryParam("a", hash)
			.queryParam("u", until)
			.queryParam("t", secrets.hmacBase64(LINK_KEY, hash + "|" + until))
			.build()
			.toUriString());
	}

	/**
	 * The address hash a link names, if the site made the link and it has not expired.
	 */
	Optional<String> genuine(String hash, Long until, String token) {
		if (hash == null || !hash.matches("[0-9a-f]{64}") || until == null
				|| !secrets.verifyBase64(LINK_KEY, hash + "|" + until, token)
				|| clock.instant().isAfter(Instant.ofEpochSecond(until))) {
			return Optional.empty();
		}
		return Optional.of(hash);
	}

	/** Marks the address with this hash as confirmed; doing it again changes nothing. */
	@Transactional
	void confirm(String hash) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into email_confirmation (email_hash, requested_at, confirmed_at) values (:hash, :now, :now)
				on conflict (email_hash) do update
				set confirmed_at = coalesce(email_confirmation.confirmed_at, excluded.confirmed_at)""")
			.param("hash", hash)
			.param("now", now)
			.update();
	}

}
