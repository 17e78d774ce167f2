package org.painwise.site.staff;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.binary.Base32;

import org.painwise.site.shared.Hashes;
import org.painwise.site.shared.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Two-factor sign-in for staff: a six-digit code from an authenticator app (time-based
 * one-time passwords, RFC 6238, computed by the java-otp library), and ten single-use
 * recovery codes for a lost phone. A code is accepted once (the step it belongs to is
 * remembered), from the step before to the step after now, to allow for clocks a little
 * apart.
 */
@Service
@RequiredArgsConstructor
class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final TimeBasedOneTimePasswordGenerator codes = new TimeBasedOneTimePasswordGenerator();

	private final JdbcClient jdbc;

	private final SiteProperties site;

	private final Clock clock;

	/**
	 * What an app needs to be set up: the key as text, and as a QR code of its
	 * {@code otpauth:} address.
	 */
	record Setup(String key, String qrSvg) {
	}

	boolean isOn(long accountId) {
		return jdbc
			.sql("select exists (select 1 from staff_two_factor where account_id = ? and confirmed_at is not null)")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * A key for the app, new unless one is being set up already; an account that has
	 * two-factor sign-in keeps its own.
	 */
	@Transactional
	Setup start(long accountId, String email) {
		byte[] fresh = new byte[20];
		RANDOM.nextBytes(fresh);
		jdbc.sql("insert into staff_two_factor (account_id, secret) values (?, ?) on conflict (account_id) do nothing")
			.params(accountId, fresh)
			.update();
		byte[] secret = jdbc.sql("select secret from staff_two_factor where account_id = ?")
			.param(accountId)
			.query(byte[].class)
			.single();
		String key = new Base32().encodeToString(secret).replace("=", "");
		String uri = UriComponentsBuilder.newInstance()
			.scheme("otpauth")
			.host("totp")
			.path("/" + site.name() + ":" + email)
			.queryParam("secret", key)
			.queryParam("issuer", site.name())
			.build()
			.encode()
			.toUriString();
		return new Setup(key.replaceAll("(.{4})(?!$)", "$1 "), qrSvg(uri));
	}

	/**
	 * Turns two-factor sign-in on once a code from the app is right.
	 * @return the recovery codes, to be shown once; empty if the code was wrong
	 */
	@Transactional
	Optional<List<String>> confirm(long accountId, String code) {
		boolean right = accept(accountId, code, false);
		if (!right) {
			return Optional.empty();
		}
		jdbc.sql("update staff_two_factor set confirmed_at = ? where account_id = ?")
			.params(Timestamp.from(clock.instant()), accountId)
			.update();
		return Optional.of(newRecoveryCodes(accountId));
	}

	/**
	 * Whether a code from the app, or an unused recovery code, is right for a sign-in;
	 * either works once.
	 */
	@Transactional
	boolean verify(long accountId, String code) {
		if (code == null) {
			return false;
		}
		String typed = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("[0-9]{6}")) {
			return accept(accountId, typed, true);
		}
		return typed.length() == 10 && jdbc.sql("""
				update staff_recovery_code set used_at = :now
				where account_id = :id and code_hash = :hash and used_at is null returning id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", accountId)
			.param("hash", Hashes.sha256Hex(typed))
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** Ten new recovery codes, replacing any earlier ones. */
	@Transactional
	List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("delete from staff_recovery_code where account_id = ?").param(accountId).update();
		List<String> made = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("insert into staff_recovery_code (account_id, code_hash) values (?, ?)")
				.params(accountId, Hashes.sha256Hex(code.toString()))
				.update();
			made.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return made;
	}

	/** How many recovery codes are left unused. */
	long recoveryCodesLeft(long accountId) {
		return jdbc.sql("select count(*) from staff_recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the code is the app's for the step before, at or after now and newer than
	 * the last one accepted; if so, that step is remembered, in the same statement, so it
	 * works once.
	 */
	private boolean accept(long accountId, String code, boolean confirmed) {
		if (code == null || !code.strip().matches("[0-9]{6}")) {
			return false;
		}
		Optional<byte[]> secret = jdbc
			.sql("select secret from staff_two_factor where account_id = ? and (confirmed_at is not null) = ?")
			.params(accountId, confirmed)
			.query(byte[].class)
			.optional();
		if (secret.isEmpty()) {
			return false;
		}
		SecretKeySpec key = new SecretKeySpec(secret.get(), codes.getAlgorithm());
		long stepSeconds = codes.getTimeStep().toSeconds();
		Instant now = clock.instant();
		for (int offset = -1; offset <= 1; offset++) {
			Instant at = now.plusSeconds(offset * stepSeconds);
			try {
				if (codes.generateOneTimePasswordString(key, at).equals(code.strip())) {
					long step = at.getEpochSecond() / stepSeconds;
					return jdbc.sql("""
							update staff_two_factor set last_used_step = :step
							where account_id = :id and (last_used_step is null or last_used_step < :step)""")
						.param("step", step)
						.param("id", accountId)
						.update() == 1;
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException("A two-factor key could not be used", ex);
			}
		}
		return false;
	}

	/**
	 * The QR code as SVG: one path of the dark modules, with a quiet zone, scaled by the
	 * page.
	 */
	private static String qrSvg(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
					}
				}
			}
			int size = matrix.getWidth() + 8;
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
					+ "\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"" + size + "\" height=\"" + size
					+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The QR code could not be made", ex);
		}
	}

}
