package org.painwise.site.staff;

import java.util.List;

import org.painwise.site.shared.SecurityHeaders;
import org.painwise.site.shared.SiteCookies;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.shared.VisitorAddress;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Who may do what, in two filter chains. The staff chain covers the staff area, signing
 * in and out and the actuator: sessions, Spring Security's CSRF token (kept in a cookie)
 * and the saved request, as a signed-in site needs. Everything under {@code /staff} needs
 * a login and the role for that part of the staff area, following least privilege: roles
 * do not imply one another, and a staff page with no rule here is refused to everyone.
 * Controllers and services check roles again with {@link AdminOnly} and its siblings.
 * <p>
 * The public chain covers everything readers see. It keeps no session and hands out no
 * CSRF token, so a public page is the same for every reader and can be cached; the reader
 * forms are protected instead by a cross-origin check on every unsafe request (see
 * {@code shared.CrossOriginProtection}). Both chains send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String MODERATOR = StaffRole.MODERATOR.name();

	private static final String EDITOR = StaffRole.EDITOR.name();

	private static final String ADMIN = StaffRole.ADMIN.name();

	/** The paths the staff chain covers; everything else is public. */
	static final String[] STAFF_PATHS = { "/staff", "/staff/**", "/login", "/login/**", "/logout", "/actuator/**" };

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurity(HttpSecurity http, ThrottledAuthenticationProvider signIn, StaffAccounts accounts,
			VisitorAddress visitorAddress, SecurityContextRepository securityContextRepository,
			ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<ResourceUrlProvider> resourceUrls,
			SiteProperties site, SiteCookies cookies,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		// the failure would otherwise be kept in a new session for every anonymous
		// attempt
		failure.setAllowSessionCreation(false);
		http.securityMatcher(STAFF_PATHS)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/accounts/**", "/staff/data-requests/**", "/staff/data-requests")
				.hasRole(ADMIN)
				.requestMatchers("/staff/moderation/**", "/staff/responses/**")
				.hasRole(MODERATOR)
				.requestMatchers("/staff/audit/**")
				.hasAnyRole(MODERATOR, ADMIN)
				// editorial work is for editors, and for admins too
				.requestMatchers("/staff/articles/**", "/staff/people/**", "/staff/topics/**", "/staff/reviews/**",
						"/staff/feedback/**")
				.hasAnyRole(EDITOR, ADMIN)
				.requestMatchers("/staff", "/staff/account/**")
				.hasAnyRole(MODERATOR, EDITOR, ADMIN)
				.requestMatchers("/staff/**")
				.denyAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// the site's figures (the page cache's hits and misses, say) are for
				// admins only
				.requestMatchers("/actuator/metrics", "/actuator/metrics/**")
				.hasRole(ADMIN)
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			// only the throttled check, with no parent manager to fall back on after a
			// refusal
			.authenticationManager(new ProviderManager(List.of(signIn)))
			.formLogin(login -> login.loginPage("/login")
				.authenticationDetailsSource(request -> LoginAttemptDetails.of(request, visitorAddress))
				.successHandler(new SignInSuccess())
				.failureHandler(failure)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies(sessionCookie))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.securityContext(context -> context.securityContextRepository(securityContextRepository))
			.addFilterAfter(new StaffSessionCheck(accounts), SecurityContextHolderFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler(new SiteAccessDeniedHandler(lazy(views), resourceUrls::getObject, site)))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(cookies)))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.headers(SecurityHeaders.all());
		return http.build();
	}

	/** The staff forms' token, in a cookie named and secured like the site's own. */
	private static CookieCsrfTokenRepository csrfTokens(SiteCookies cookies) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(cookies.name("XSRF-TOKEN"));
		if (cookies.alwaysSecure()) {
			tokens.setCookieCustomizer(cookie -> cookie.secure(true));
		}
		return tokens;
	}

	/**
	 * Everything readers see: no session, no CSRF token, no saved request, so an
	 * anonymous page sets no cookie. Unsafe requests here are checked for their origin
	 * instead of a token.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.headers(SecurityHeaders.all());
		return http.build();
	}

	/**
	 * The one way to check a staff password, also used for Spring Security's global
	 * authentication manager, so nothing can check a password without the throttle.
	 */
	@Bean
	ThrottledAuthenticationProvider staffSignIn(StaffAccountRepository staff, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, StaffAccounts accounts, TwoFactor twoFactor, StaffProperties properties) {
		return new ThrottledAuthenticationProvider(passwordCheck(new StaffUserDetailsService(staff), passwordEncoder),
				throttle, accounts, twoFactor, properties.twoFactor().requiredForAdmins());
	}

	/**
	 * Checks the password with the account's own hash. A disabled account is only refused
	 * after its password has been checked, so it takes as long as any other failure.
	 */
	private static DaoAuthenticationProvider passwordCheck(StaffUserDetailsService staff,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(SecurityConfiguration::requireEnabled);
		return provider;
	}

	private static void requireEnabled(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("Staff account is disabled");
		}
	}

	private static ViewResolver lazy(ObjectProvider<ThymeleafViewResolver> views) {
		return (name, locale) -> views.getObject().resolveViewName(name, locale);
	}

	/**
	 * Where a signed-in member's security context is kept between requests: their
	 * session.
	 */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Hashes are bcrypt, marked with {@code {bcrypt}} so a stronger scheme can follow
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Requests the firewall refuses (encoded slashes, NUL bytes and the like) get a 400,
	 * not a 500.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

}
