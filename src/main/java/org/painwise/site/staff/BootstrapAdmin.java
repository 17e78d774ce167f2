package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The site has no built-in password. When it starts with no staff account at all, it
 * creates the first admin from {@code staff.bootstrap-admin.*} (environment variables
 * {@code STAFF_BOOTSTRAP_ADMIN_EMAIL}, {@code STAFF_BOOTSTRAP_ADMIN_PASSWORD} and
 * {@code STAFF_BOOTSTRAP_ADMIN_DISPLAY_NAME}); with those unset it says, in one line, how
 * to. Once any account exists the settings are ignored and can be removed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	static final String HOW_TO = "No staff account exists, so nobody can sign in: set STAFF_BOOTSTRAP_ADMIN_EMAIL, "
			+ "STAFF_BOOTSTRAP_ADMIN_PASSWORD and STAFF_BOOTSTRAP_ADMIN_DISPLAY_NAME (staff.bootstrap-admin.*) "
			+ "and restart to create the first admin.";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final String DEFAULT_DISPLAY_NAME = "Admin";

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final StaffProperties.BootstrapAdmin settings;

	BootstrapAdmin(StaffAccounts accounts, PasswordPolicy policy, StaffProperties properties) {
		this.accounts = accounts;
		this.policy = policy;
		this.settings = properties.bootstrapAdmin();
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNoAccountExists();
	}

	/**
	 * @return whether it created an account
	 */
	boolean createIfNoAccountExists() {
		if (accounts.count() > 0) {
			if (settings.isConfigured()) {
				log.info("Staff accounts exist, so staff.bootstrap-admin is ignored; it can be removed.");
			}
			return false;
		}
		if (!settings.isConfigured()) {
			log.warn(HOW_TO);
			return false;
		}
		String email = settings.email() == null ? "" : settings.email().strip();
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			throw new IllegalStateException(
					"staff.bootstrap-admin.email (STAFF_BOOTSTRAP_ADMIN_EMAIL) must be an email address.");
		}
		List<PasswordPolicy.Problem> problems = policy.problemsWith(settings.password(), email);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("staff.bootstrap-admin.password (STAFF_BOOTSTRAP_ADMIN_PASSWORD) "
					+ "does not meet the password policy (at least " + policy.minLength() + " characters, at most "
					+ policy.maxLength() + " bytes, not the email address, not a common password): " + problems);
		}
		String displayName = settings.displayName() == null || settings.displayName().isBlank() ? DEFAULT_DISPLAY_NAME
				: settings.displayName().strip();
		if (displayName.length() > StaffAccount.MAX_DISPLAY_NAME) {
			throw new IllegalStateException("staff.bootstrap-admin.display-name (STAFF_BOOTSTRAP_ADMIN_DISPLAY_NAME) "
					+ "can be at most " + StaffAccount.MAX_DISPLAY_NAME + " characters.");
		}
		try {
			StaffAccount admin = accounts.create(email, displayName, EnumSet.of(StaffRole.ADMIN), settings.password(),
					null);
			log.info("Created the first staff admin account (id {}) from staff.bootstrap-admin.", admin.getId());
			return true;
		}
		catch (StaffAccountProblems.EmailAlreadyUsed ex) {
			// another instance starting at the same moment created it first
			log.info("The first staff admin account was created by another instance of the site.");
			return false;
		}
	}

}
