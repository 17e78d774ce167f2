package org.painwise.site.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks an email and password only when {@link LoginThrottle} lets the attempt through;
 * one that comes too soon after recent failures is refused before the password is looked
 * at, so guessing gets nowhere however fast it goes. Every refusal looks the same to the
 * visitor.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	private final StaffAccounts accounts;

	private final TwoFactor twoFactor;

	private final boolean requiredForAdmins;

	/**
	 * @param twoFactor the staff's second factors, or null to check passwords alone
	 * @param requiredForAdmins whether an admin without a second factor must set one up
	 * on signing in
	 */
	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
			StaffAccounts accounts, TwoFactor twoFactor, boolean requiredForAdmins) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.requiredForAdmins = requiredForAdmins;
	}

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
			StaffAccounts accounts) {
		this(passwordCheck, throttle, accounts, null, false);
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		LoginAttemptDetails details = attempt.getDetails() instanceof LoginAttemptDetails known ? known
				: new LoginAttemptDetails("unknown", "unknown");
		LoginThrottle.Attempt who = details.attemptFor(attempt.getName());
		Long counted = throttle.begin(who);
		if (counted == null) {
			log.warn("Staff sign-in refused without checking the password: too soon after recent failures "
					+ "for this email or from address hash {}", details.addressHash());
			throw new SignInThrottledException();
		}
		Object password = attempt.getCredentials();
		if (password instanceof String text && PasswordPolicy.isTooLong(text)) {
			// bcrypt cannot hash it, so it matches no account; refused as a wrong
			// password, and counted as one
			throw new BadCredentialsException("Password longer than any account can have");
		}
		// a wrong password leaves the attempt counted as a failure
		Authentication result = passwordCheck.authenticate(attempt);
		throttle.succeeded(counted, who);
		if (result != null && result.getPrincipal() instanceof StaffPrincipal principal) {
			if (twoFactor != null && twoFactor.isOn(principal.id())) {
				// the password was right; the staff area waits for the app's code
				return SecondFactor.pending(principal, SecondFactor.CODE, result);
			}
			if (twoFactor != null && requiredForAdmins && principal.roles().contains(StaffRole.ADMIN)) {
				// an admin sets up the app before anything else
				return SecondFactor.pending(principal, SecondFactor.SETUP, result);
			}
			accounts.recordSignIn(principal.id());
			log.info("Staff account {} signed in", principal.id());
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many recent failures; shown to the visitor exactly like a wrong password. */
	static final class SignInThrottledException extends AuthenticationException {

		SignInThrottledException() {
			super("Too many recent failed sign-ins");
		}

	}

}
