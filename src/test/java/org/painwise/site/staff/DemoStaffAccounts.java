package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The development site's staff, one per role, with the passwords listed in the README.
 * This class lives with the tests, so it is never part of the production jar; it runs
 * before the bootstrap admin check, which then finds accounts and stays quiet.
 */
@Component
@Profile("dev")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoStaffAccounts implements ApplicationRunner {

	record Demo(String email, String displayName, Set<StaffRole> roles, String password) {

	}

	static final Demo MODERATOR = new Demo("moderator@painwise.example", "James", EnumSet.of(StaffRole.MODERATOR),
			"moderate-with-kindness");

	static final Demo EDITOR = new Demo("editor@painwise.example", "Priya", EnumSet.of(StaffRole.EDITOR),
			"edit-with-evidence");

	static final Demo ADMIN = new Demo("admin@painwise.example", "Sam", EnumSet.of(StaffRole.ADMIN),
			"administer-with-care");

	static final List<Demo> ALL = List.of(MODERATOR, EDITOR, ADMIN);

	private static final Logger log = LoggerFactory.getLogger(DemoStaffAccounts.class);

	private final StaffAccounts accounts;

	private final StaffAccountRepository repository;

	DemoStaffAccounts(StaffAccounts accounts, StaffAccountRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Demo demo : ALL) {
			if (!repository.existsByEmail(demo.email())) {
				accounts.create(demo.email(), demo.displayName(), demo.roles(), demo.password(), null);
				log.info("Development staff account: {} ({})", demo.email(), demo.displayName());
			}
		}
	}

}
