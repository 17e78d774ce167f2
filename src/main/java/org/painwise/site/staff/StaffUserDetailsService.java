package org.painwise.site.staff;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks staff up by the email address they sign in with, whatever its case. Not a bean of
 * its own: only the throttled sign-in check uses it, so nothing can check a password
 * around the throttle.
 */
@RequiredArgsConstructor
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(StaffAccount.normaliseEmail(email))
			.map(StaffPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account with that email"));
	}

}
