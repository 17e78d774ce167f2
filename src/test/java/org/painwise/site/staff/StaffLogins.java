package org.painwise.site.staff;

import org.painwise.site.TestSessions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs requests in as a staff member, for tests of other parts of the staff area: the
 * demo accounts of the development site, or fresh accounts made for one test.
 */
public final class StaffLogins {

	public static final String MODERATOR = DemoStaffAccounts.MODERATOR.email();

	public static final String EDITOR = DemoStaffAccounts.EDITOR.email();

	public static final String ADMIN = DemoStaffAccounts.ADMIN.email();

	private final StaffAccountRepository repository;

	private final StaffAccounts accounts;

	private final JdbcClient jdbc;

	public StaffLogins(ApplicationContext context) {
		this.repository = context.getBean(StaffAccountRepository.class);
		this.accounts = context.getBean(StaffAccounts.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** Signed in as the account with this email, as it is in the database now. */
	public RequestPostProcessor as(String email) {
		return user(new StaffUserDetailsService(repository).loadUserByUsername(email));
	}

	/** A new account's sign-in details, for tests that sign in through the real form. */
	public record Credentials(long id, String email, String password) {
	}

	/**
	 * A new account for one test, with its password; a moderator unless roles are given.
	 */
	public Credentials createWithPassword(String displayName, StaffRole... roles) {
		TestStaff.Account account = new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc)
			.create(displayName, roles);
		return new Credentials(account.id(), account.email(), account.password());
	}

	/**
	 * Disables an account as the development site's admin would, through the same
	 * service.
	 */
	public void disable(ApplicationContext context, long id) {
		StaffAccountAdministration administration = context.getBean(StaffAccountAdministration.class);
		long admin = jdbc.sql("select id from staff_account where email = :email")
			.param("email", ADMIN)
			.query(Long.class)
			.single();
		// the service checks its caller's role, as it does for the admin's request
		UserDetails principal = new StaffUserDetailsService(repository).loadUserByUsername(ADMIN);
		SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(signedIn);
		try {
			administration.disable(new StaffMember(admin, ADMIN, DemoStaffAccounts.ADMIN.displayName(),
					DemoStaffAccounts.ADMIN.roles()), id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A new account for one test, with its email; a moderator unless roles are given. */
	public String create(String displayName, StaffRole... roles) {
		return new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc).create(displayName, roles)
			.email();
	}

	/**
	 * Signs in through the real form, from an address of its own (so that no test's
	 * sign-ins count against another's), and returns the session it started.
	 */
	public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", email)
				.param("password", password)
				.with(csrf())
				.with(TestStaff.from(TestStaff.newAddress())))
			.andReturn();
		if (!"/staff".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError(
					"Could not sign in as " + email + ": redirected to " + result.getResponse().getRedirectedUrl());
		}
		return TestSessions.of(result);
	}

	/** The account id of this email. */
	public long idOf(String email) {
		return repository.findByEmail(StaffAccount.normaliseEmail(email)).orElseThrow().getId();
	}

}
