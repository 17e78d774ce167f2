package org.painwise.site.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.painwise.site.shared.AfterCommit;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wording a commenter agrees to when they tick the consent box: the sentence by the
 * box and the privacy notice. Its version is a hash of both, so any change to either is a
 * new version, kept once in {@code consent_wording} the first time a comment is posted
 * under it; each comment records the version and the moment of consent.
 */
@Component
class CommentConsent {

	static final String CONSENT_MESSAGE = "comments.form.consent";

	static final String PRIVACY_NOTICE = "classpath:pages/privacy.md";

	private final JdbcClient jdbc;

	private final String consentText;

	private final String privacyNotice;

	private final String version;

	private volatile boolean kept;

	CommentConsent(JdbcClient jdbc, MessageSource messages, ResourceLoader resources) {
		this.jdbc = jdbc;
		this.consentText = messages.getMessage(CONSENT_MESSAGE, null, Locale.UK);
		try {
			this.privacyNotice = resources.getResource(PRIVACY_NOTICE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The privacy notice " + PRIVACY_NOTICE + " could not be read", ex);
		}
		this.version = versionOf(consentText, privacyNotice);
	}

	/**
	 * The version of the wording in use now, kept in the database before it is first
	 * recorded: once per instance, after that only the version is needed (the hot path of
	 * every comment).
	 */
	String currentVersion() {
		if (kept) {
			return version;
		}
		jdbc.sql("""
				insert into consent_wording (version, consent_text, privacy_notice)
				values (:version, :consentText, :privacyNotice)
				on conflict (version) do nothing""")
			.param("version", version)
			.param("consentText", consentText)
			.param("privacyNotice", privacyNotice)
			.update();
		// known from now on once the caller's transaction, which wrote the row, has
		// committed
		AfterCommit.run(() -> kept = true);
		return version;
	}

	static String versionOf(String consentText, String privacyNotice) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(consentText.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(privacyNotice.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
