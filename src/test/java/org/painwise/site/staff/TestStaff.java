package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff accounts made for one test each, so tests that change passwords, roles or sign-in
 * counts never disturb one another in the shared application context.
 */
final class TestStaff {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	/**
	 * A made-up address in TEST-NET-2, different for every call, so each test has its own
	 * count.
	 */
	static String newAddress() {
		int n = COUNTER.incrementAndGet();
		return "198.51." + (n / 250) % 250 + "." + (n % 250 + 1);
	}

	/** Sends the request from this IP address. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	record Account(long id, String email, String displayName, String password) {

	}

	private final StaffAccounts accounts;

	private final StaffUserDetailsService users;

	private final JdbcClient jdbc;

	TestStaff(StaffAccounts accounts, StaffUserDetailsService users, JdbcClient jdbc) {
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
	}

	Account create(String displayName, StaffRole... roles) {
		int n = COUNTER.incrementAndGet();
		String email = displayName.toLowerCase().replace(' ', '.') + "." + n + "@test.example";
		String password = "a-long-test-password-" + n;
		Set<StaffRole> set = roles.length == 0 ? EnumSet.of(StaffRole.MODERATOR) : EnumSet.copyOf(List.of(roles));
		StaffAccount account = accounts.create(email, displayName, set, password, null);
		return new Account(account.getId(), email, displayName, password);
	}

	/** Signed in as this account, as it is in the database now. */
	RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	RequestPostProcessor as(Account account) {
		return as(account.email());
	}

	RequestPostProcessor as(DemoStaffAccounts.Demo demo) {
		return as(demo.email());
	}

	String passwordHashOf(String email) {
		return jdbc.sql("select password_hash from staff_account where email = lower(:email)")
			.param("email", email)
			.query(String.class)
			.single();
	}

	boolean isEnabled(String email) {
		return jdbc.sql("select enabled from staff_account where email = lower(:email)")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	Set<StaffRole> rolesOf(String email) {
		return StaffRole.setOf(jdbc.sql("""
				select r.role from staff_account_role r join staff_account a on a.id = r.account_id
				where a.email = lower(:email)""")
			.param("email", email)
			.query((rs, row) -> StaffRole.valueOf(rs.getString(1)))
			.list());
	}

	void setEnabled(String email, boolean enabled) {
		jdbc.sql("update staff_account set enabled = :enabled where email = lower(:email)")
			.param("enabled", enabled)
			.param("email", email)
			.update();
	}

}
