package org.painwise.site.staff;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
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

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	public StaffLogins(org.springframework.context.ApplicationContext context) {
		this.repository = context.getBean(StaffAccountRepository.class);
		this.accounts = context.getBean(StaffAccounts.class);
		this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
	}

	/** Signed in as the account with this email, as it is in the database now. */
	public RequestPostProcessor as(String email) {
		return user(new StaffUserDetailsService(repository).loadUserByUsername(email));
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
