package org.painwise.site.staff;

import jakarta.servlet.http.Cookie;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs requests in as a staff member, for tests of other parts of the staff area: the demo
 * accounts of the development site, or fresh accounts made for one test.
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

	/** A new account for one test, with its password; a moderator unless roles are given. */
	public Credentials createWithPassword(String displayName, StaffRole... roles) {
		TestStaff.Account account = new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc)
			.create(displayName, roles);
		return new Credentials(account.id(), account.email(), account.password());
	}

	/** Disables an account as the development site's admin would, through the same service. */
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
		return new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc).create(displayName, roles).email();
	}

	/**
	 * A valid CSRF token sent the way a browser sends it: the token cookie and the masked token
	 * in the form. Unlike spring-security-test's {@code csrf()}, this leaves the application's
	 * cookie-based token repository in place, so later requests in the shared context still see
	 * the site as readers do (no session).
	 */
	public static RequestPostProcessor realCsrf() {
		return request -> {
			CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
			CsrfToken token = repository.generateToken(request);
			java.util.List<Cookie> cookies = new java.util.ArrayList<>();
			if (request.getCookies() != null) {
				cookies.addAll(java.util.Arrays.asList(request.getCookies()));
			}
			cookies.add(new Cookie("XSRF-TOKEN", token.getToken()));
			request.setCookies(cookies.toArray(Cookie[]::new));
			MockHttpServletRequest probe = new MockHttpServletRequest();
			new XorCsrfTokenRequestAttributeHandler().handle(probe, new MockHttpServletResponse(), () -> token);
			request.setParameter(token.getParameterName(), ((CsrfToken) probe.getAttribute(CsrfToken.class.getName())).getToken());
			return request;
		};
	}

	/** The account id of this email. */
	public long idOf(String email) {
		return repository.findByEmail(StaffAccount.normaliseEmail(email)).orElseThrow().getId();
	}

}
