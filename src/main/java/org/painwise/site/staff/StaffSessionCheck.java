package org.painwise.site.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in request to the account as it is now, not as it was at sign-in. A
 * session ends at once when its account is disabled or given a new password (by anyone
 * but the member themselves, on this session); changed roles apply from the next request.
 * Readers, who have no session, cost nothing here.
 */
@RequiredArgsConstructor
class StaffSessionCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StaffSessionCheck.class);

	private final StaffAccounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/img/") || path.startsWith("/js/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn) {
			Optional<StaffPrincipal> current = accounts.principal(signedIn.id());
			if (current.isEmpty() || !current.get().isEnabled()
					|| current.get().passwordChangedAt().isAfter(signedIn.passwordChangedAt())) {
				log.info("Ended the session of staff account {}: it was disabled or given a new password",
						signedIn.id());
				contexts.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().sameDetailsAs(signedIn)) {
				StaffPrincipal now = current.get().withPasswordChangedAt(signedIn.passwordChangedAt());
				contexts.setContext(refreshed(authentication, now));
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The same sign-in with today's name and roles; other authorities (how they signed
	 * in) stay.
	 */
	private SecurityContext refreshed(Authentication authentication, StaffPrincipal principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")) {
				authorities.add(authority);
			}
		}
		// a sign-in still waiting for its second factor gets no roles
		if (!SecondFactor.isPending(authentication)) {
			authorities.addAll(StaffPrincipal.roleAuthorities(principal.roles()));
		}
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		token.setDetails(authentication.getDetails());
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(token);
		return context;
	}

}
