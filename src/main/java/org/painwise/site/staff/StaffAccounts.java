package org.painwise.site.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffAccountProblems.EmailAlreadyUsed;
import org.painwise.site.staff.StaffAccountProblems.NoSuchAccount;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and the things a staff member does to their own account. Admin work
 * on other people's accounts goes through {@link StaffAccountAdministration}, which
 * checks the role.
 */
@Service
@Transactional
@RequiredArgsConstructor
class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * @param actorId the admin creating it, or null when the site creates the first admin
	 * @throws EmailAlreadyUsed when another account has that address, whatever its case
	 * @throws IllegalArgumentException when the password breaks the policy or there are
	 * no roles
	 */
	StaffAccount create(String email, String displayName, Set<StaffRole> roles, String password, Long actorId) {
		String normalised = StaffAccount.normaliseEmail(email);
		if (!policy.problemsWith(password, normalised).isEmpty()) {
			throw new IllegalArgumentException("The password does not meet the password policy");
		}
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs at least one role");
		}
		if (accounts.existsByEmail(normalised)) {
			throw new EmailAlreadyUsed();
		}
		Instant now = now();
		StaffAccount account;
		try {
			account = accounts
				.saveAndFlush(new StaffAccount(normalised, displayName, roles, passwordEncoder.encode(password), now));
		}
		catch (DataIntegrityViolationException ex) {
			// someone else created the same address a moment ago
			throw new EmailAlreadyUsed();
		}
		events.publishEvent(new StaffAccountCreated(account.getId(), account.getEmail(), account.getDisplayName(),
				account.getRoles(), actorId, now));
		return account;
	}

	@Transactional(readOnly = true)
	long count() {
		return accounts.count();
	}

	/** The account as it is now, for checking a session against it. */
	@Transactional(readOnly = true)
	Optional<StaffPrincipal> principal(long id) {
		return accounts.findWithRolesById(id).map(StaffPrincipal::of).map(principal -> {
			principal.eraseCredentials();
			return principal;
		});
	}

	void recordSignIn(long id) {
		accounts.recordLogin(id, now());
	}

	/** What came of a staff member's request to change their own password. */
	enum OwnPasswordOutcome {

		CHANGED, WRONG_CURRENT_PASSWORD, TOO_MANY_ATTEMPTS

	}

	/** The outcome, and when the password changed if it did. */
	record OwnPasswordChange(OwnPasswordOutcome outcome, Instant changedAt) {

	}

	/**
	 * Changes a staff member's own password once they have proved they know the current
	 * one. Wrong current passwords count towards the same throttle as failed sign-ins, so
	 * a session left open cannot be used to guess the password.
	 * @param newPassword already checked against the policy
	 * @param from the request's address, hashed
	 */
	OwnPasswordChange changeOwnPassword(long id, String currentPassword, String newPassword, LoginAttemptDetails from) {
		StaffAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchAccount(id));
		LoginThrottle.Attempt attempt = from.attemptFor(account.getEmail());
		Long counted = throttle.begin(attempt);
		if (counted == null) {
			return new OwnPasswordChange(OwnPasswordOutcome.TOO_MANY_ATTEMPTS, null);
		}
		if (currentPassword == null || PasswordPolicy.isTooLong(currentPassword)
				|| !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			// the attempt stays counted as a failure
			return new OwnPasswordChange(OwnPasswordOutcome.WRONG_CURRENT_PASSWORD, null);
		}
		throttle.succeeded(counted, attempt);
		if (!policy.problemsWith(newPassword, account.getEmail()).isEmpty()) {
			throw new IllegalArgumentException("The password does not meet the password policy");
		}
		Instant now = now();
		account.changePassword(passwordEncoder.encode(newPassword), now);
		events.publishEvent(new StaffPasswordChanged(id, now));
		return new OwnPasswordChange(OwnPasswordOutcome.CHANGED, now);
	}

	/** Timestamps as PostgreSQL keeps them, so a value read back compares equal. */
	Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
