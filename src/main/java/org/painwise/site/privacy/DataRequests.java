package org.painwise.site.privacy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.Hashes;
import org.painwise.site.shared.Outbox;
import org.painwise.site.shared.PersonalData;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.painwise.site.shared.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a reader's own data. Asking always gets the same answer, whether or not
 * the address is known; only an address the site holds something for gets an email, with
 * a link that works for {@link #LINK_LIFETIME}. The link's secret is kept only as a hash.
 * Asking is limited per address per hour, and one email address gets at most one link in
 * {@link #ONE_LINK_PER}, so nobody can fill a stranger's inbox.
 */
@Service
@RequiredArgsConstructor
class DataRequests implements PersonalDataRetention {

	static final Duration LINK_LIFETIME = Duration.ofHours(24);

	static final Duration ONE_LINK_PER = Duration.ofMinutes(15);

	static final int PER_ADDRESS_PER_HOUR = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final List<PersonalData> parts;

	private final ApplicationEventPublisher events;

	private final Outbox outbox;

	private final SiteProperties site;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * @param email a well-formed address
	 * @return false when the asker's address has asked too often this hour (nothing was
	 * done)
	 */
	@Transactional
	boolean ask(String email, String ipHash) {
		Instant now = clock.instant();
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:ip))")
			.param("ip", "data-request|" + ipHash)
			.query((rs, row) -> true)
			.single();
		long recent = jdbc.sql("select count(*) from data_request where ip_hash = :ip and created_at > :since")
			.param("ip", ipHash)
			.param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (recent >= PER_ADDRESS_PER_HOUR) {
			return false;
		}
		boolean linkedLately = jdbc
			.sql("""
					select exists (select 1 from data_request
					               where lower(email) = lower(:email) and created_at > :since and token_hash is not null)""")
			.param("email", email)
			.param("since", Timestamp.from(now.minus(ONE_LINK_PER)))
			.query(Boolean.class)
			.single();
		long id = jdbc.sql("""
				insert into data_request (email, ip_hash, created_at, expires_at) values (:email, :ip, :now, :expires)
				returning id""")
			.param("email", email)
			.param("ip", ipHash)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(LINK_LIFETIME)))
			.query(Long.class)
			.single();
		if (!linkedLately && !find(new PersonalData.Subject(email, null)).isEmpty()) {
			// the email goes after the commit, off the request, so a known address
			// answers as fast as an unknown one
			events.publishEvent(new DataLinkRequested(id));
		}
		return true;
	}

	/**
	 * Sends the link, made now; its secret is kept only as a hash, and a retry makes a
	 * new one.
	 */
	@ApplicationModuleListener
	void send(DataLinkRequested due) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Optional<String> email = jdbc.sql("""
				update data_request set token_hash = :hash where id = :id and expires_at > :now returning email""")
			.param("hash", Hashes.sha256Hex(token))
			.param("id", due.requestId())
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.optional();
		email.ifPresent(to -> {
			try {
				outbox.send(new Outbox.Email(to, text("mail.data.subject", site.name()),
						text("mail.data.body", site.absoluteUrl(DataController.PATH + "/" + token), site.name())));
			}
			catch (RuntimeException ex) {
				// the mail server's words can name the address: only the kind is kept,
				// and the email is tried again
				throw new IllegalStateException(
						"The data link email could not be sent (" + ex.getClass().getSimpleName() + ")", null);
			}
		});
	}

	/** The email address a link was sent to, while the link works. */
	Optional<String> emailFor(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return jdbc.sql("select email from data_request where token_hash = :hash and expires_at > :now")
			.param("hash", Hashes.sha256Hex(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.optional();
	}

	/** Everything every module holds for the person. */
	List<PersonalData.Part> find(PersonalData.Subject subject) {
		List<PersonalData.Part> found = new ArrayList<>();
		parts.forEach(part -> found.addAll(part.find(subject)));
		return found;
	}

	/**
	 * Erases everything every module holds for the person, and records in the audit log
	 * that it happened, with counts but nothing that leads to the person. Their links
	 * stop working.
	 * @param staffId the admin acting on a request by phone or post, or null for the
	 * reader themselves
	 */
	@Transactional
	Map<String, Integer> erase(PersonalData.Subject subject, Long staffId, String staffName) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		parts.forEach(part -> part.erase(subject).forEach((what, n) -> counts.merge(what, n, Integer::sum)));
		jdbc.sql("delete from data_request where lower(email) = lower(:email)")
			.param("email", subject.email())
			.update();
		events.publishEvent(new ReaderDataErased(counts, staffId, staffName));
		return counts;
	}

	/** Requests whose links have expired go, with the address they were for. */
	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		return Map.of("expired data requests deleted",
				jdbc.sql("delete from data_request where expires_at < :now")
					.param("now", Timestamp.from(now))
					.update());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
