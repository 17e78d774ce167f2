package org.painwise.site.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys the site makes for itself: 32 random bytes per name, created on first use and kept
 * in PostgreSQL so every instance of the site uses the same ones. Used for keyed hashes
 * (HMAC) such as the salted hash of a visitor's IP address and for signed links.
 */
@Component
public class SiteSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

	/**
	 * A new key is committed on its own, before anything is signed with it: see
	 * {@link #loadOrCreate}.
	 */
	private final TransactionTemplate ownTransaction;

	SiteSecrets(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** HMAC-SHA256 of the text under the named key, as lower-case hex. */
	public String hmacHex(String keyName, String text) {
		return HexFormat.of().formatHex(hmac(keyName, text));
	}

	/** HMAC-SHA256 of the text under the named key, URL-safe Base64 without padding. */
	public String hmacBase64(String keyName, String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(keyName, text));
	}

	/** Compares a presented signature with the expected one in constant time. */
	public boolean verifyBase64(String keyName, String text, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(hmacBase64(keyName, text).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] hmac(String keyName, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(keyName), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** Drops keys from this instance's memory (they stay in the database). */
	void forgetKept(Predicate<String> names) {
		keys.keySet().removeIf(names);
	}

	/**
	 * Deletes keys for good, from the database and this instance's memory.
	 * @return how many were deleted from the database
	 */
	int delete(Predicate<String> names) {
		List<String> doomed = jdbc.sql("select name from site_secret")
			.query(String.class)
			.list()
			.stream()
			.filter(names)
			.toList();
		forgetKept(names);
		if (doomed.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from site_secret where name in (:names)").param("names", doomed).update();
	}

	private byte[] key(String name) {
		return keys.computeIfAbsent(name, this::loadOrCreate);
	}

	/**
	 * In a transaction of its own: a key made inside the caller's transaction would
	 * vanish if that rolled back, while this instance went on signing with it and the
	 * others made another.
	 */
	private byte[] loadOrCreate(String name) {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		return ownTransaction.execute(status -> {
			// the first instance to get here wins; everyone then reads the same key
			jdbc.sql("insert into site_secret (name, value) values (:name, :value) on conflict (name) do nothing")
				.param("name", name)
				.param("value", fresh)
				.update();
			return jdbc.sql("select value from site_secret where name = :name")
				.param("name", name)
				.query(byte[].class)
				.single();
		});
	}

}
