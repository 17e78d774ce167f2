package org.painwise.site.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: long enough, not the account's own email address, and
 * not one of the passwords people use most often (those are the first ones an attacker
 * tries).
 *
 * <p>
 * The longest password is 72 bytes in UTF-8, which is 72 plain letters and digits: bcrypt
 * reads no further than that, and refuses to hash anything longer.
 */
@Component
class PasswordPolicy {

	/** What bcrypt can hash. */
	static final int MAX_BYTES = 72;

	private static final String COMMON_PASSWORDS = "staff/common-passwords.txt";

	/** Something wrong with a proposed password, with the message that explains it. */
	enum Problem {

		MISSING("password.missing"), TOO_SHORT("password.tooShort"), TOO_LONG("password.tooLong"),
		SAME_AS_EMAIL("password.sameAsEmail"), TOO_COMMON("password.tooCommon");

		private final String messageCode;

		Problem(String messageCode) {
			this.messageCode = messageCode;
		}

		String messageCode() {
			return messageCode;
		}

	}

	private final int minLength;

	private final Set<String> common;

	PasswordPolicy(StaffProperties properties) {
		this.minLength = properties.password().minLength();
		this.common = load();
	}

	int minLength() {
		return minLength;
	}

	int maxLength() {
		return MAX_BYTES;
	}

	/**
	 * @param password the proposed password, exactly as typed
	 * @param email the address of the account it is for
	 * @return every problem with it; empty when it may be used
	 */
	List<Problem> problemsWith(String password, String email) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add(Problem.MISSING);
			return problems;
		}
		if (password.codePointCount(0, password.length()) < minLength) {
			problems.add(Problem.TOO_SHORT);
		}
		if (isTooLong(password)) {
			problems.add(Problem.TOO_LONG);
		}
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (email != null && folded.equals(StaffAccount.normaliseEmail(email))) {
			problems.add(Problem.SAME_AS_EMAIL);
		}
		if (common.contains(folded)) {
			problems.add(Problem.TOO_COMMON);
		}
		return problems;
	}

	/**
	 * Whether bcrypt would refuse the text: such a password can never match any account.
	 */
	static boolean isTooLong(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	/** How many passwords the common list holds. */
	int commonPasswordCount() {
		return common.size();
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String password = line.strip();
				if (!password.isEmpty() && !password.startsWith("#")) {
					passwords.add(password.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
