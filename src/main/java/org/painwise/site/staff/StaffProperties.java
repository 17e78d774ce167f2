package org.painwise.site.staff;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff sign-in settings. Every value can be set as an environment variable, such as
 * {@code STAFF_PASSWORD_MIN_LENGTH} or {@code STAFF_BOOTSTRAP_ADMIN_EMAIL}.
 *
 * @param password the password policy
 * @param login how failed sign-ins are throttled
 * @param bootstrapAdmin the first admin, created at start-up only when there is no staff
 * account
 */
@Validated
@ConfigurationProperties("staff")
record StaffProperties(@Valid @DefaultValue Password password, @Valid @DefaultValue Login login,
		@DefaultValue BootstrapAdmin bootstrapAdmin, @DefaultValue TwoFactorSettings twoFactor) {

	/**
	 * @param requiredForAdmins whether an admin must sign in with a code from an app,
	 * setting one up at their first sign-in without it
	 */
	record TwoFactorSettings(@DefaultValue("true") boolean requiredForAdmins) {

	}

	/**
	 * @param minLength the fewest characters a password may have
	 */
	record Password(@Min(8) @Max(64) @DefaultValue("12") int minLength) {

	}

	/**
	 * Failed sign-ins buy growing pauses (see {@link LoginThrottle}); the counts are kept
	 * in the database, so they hold across every instance.
	 *
	 * @param maxFailuresPerAccount failures for one account from one address before each
	 * further attempt from there must wait (and four times as many from everywhere, for
	 * addresses the account has never signed in from)
	 * @param maxFailuresPerAddress failures from one IP address, whatever the email,
	 * before each further attempt must wait
	 * @param failureWindow how long a failure counts
	 * @param longestPause the longest an attempt is made to wait after the last failure
	 * @param firstPause the wait after the first failure past the free ones; each further
	 * failure doubles it
	 */
	record Login(@Min(1) @DefaultValue("5") int maxFailuresPerAccount,
			@Min(1) @DefaultValue("20") int maxFailuresPerAddress, @NotNull @DefaultValue("24h") Duration failureWindow,
			@NotNull @DefaultValue("15m") Duration longestPause, @NotNull @DefaultValue("1s") Duration firstPause) {

	}

	/**
	 * All optional: with no email set and no account in the database, the site logs how
	 * to create the first admin.
	 *
	 * @param email the first admin's sign-in address
	 * @param password their password, which must meet the password policy
	 * @param displayName the name they sign replies with
	 */
	record BootstrapAdmin(String email, String password, String displayName) {

		boolean isConfigured() {
			return hasText(email) || hasText(password);
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}

	}

}
