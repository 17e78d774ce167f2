package org.painwise.site.staff;

import org.painwise.site.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may do what. Readers browse without a session: the CSRF token and the saved request live
 * in cookies, so only a signed-in staff member ever gets a session. Everything under
 * {@code /staff} needs a login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/**").authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").denyAll()
				.anyRequest().permitAll())
			.formLogin(login -> login.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.headers(SecurityHeaders.all());
		return http.build();
	}

	/** Requests the firewall refuses (encoded slashes, NUL bytes and the like) get a 400, not a 500. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

	/** Hashes are bcrypt, marked with {@code {bcrypt}} so a stronger scheme can follow later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** No staff accounts yet: nobody can sign in, and no generated password is ever printed. */
	@Bean
	UserDetailsService noSignInYet() {
		return new InMemoryUserDetailsManager();
	}

}
