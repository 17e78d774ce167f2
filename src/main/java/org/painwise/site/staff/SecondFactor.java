package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in whose password was right and that still waits for its second factor: it holds
 * one of these authorities instead of the account's roles, so no part of the staff area
 * opens to it.
 */
final class SecondFactor {

	/**
	 * Waiting for a code from the app (or a recovery code), at
	 * {@link TwoFactorController#CODE}.
	 */
	static final String CODE = "SECOND_FACTOR_CODE";

	/**
	 * An admin without a second factor, who sets one up before anything else, at
	 * {@link TwoFactorController#SETUP}.
	 */
	static final String SETUP = "SECOND_FACTOR_SETUP";

	private SecondFactor() {
	}

	static Authentication pending(StaffPrincipal principal, String which, Authentication signIn) {
		UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(which)));
		pending.setDetails(signIn.getDetails());
		return pending;
	}

	/** {@link #CODE} or {@link #SETUP} when the sign-in waits for its second factor. */
	static Optional<String> waitingFor(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (CODE.equals(authority.getAuthority()) || SETUP.equals(authority.getAuthority())) {
				return Optional.of(authority.getAuthority());
			}
		}
		return Optional.empty();
	}

	static boolean isPending(Authentication authentication) {
		return waitingFor(authentication).isPresent();
	}

}
