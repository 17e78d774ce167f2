package org.painwise.site.staff;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This request's sign-in, and replacing it: after the second factor, and when a member
 * changes their own password. A replaced sign-in keeps the details of the one before
 * (where it came from) and gets a new session id, as at any sign-in.
 */
@Component
@RequiredArgsConstructor
class StaffSessions {

	private final SecurityContextRepository contextRepository;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/** This request's authentication, or {@code null}. */
	Authentication current() {
		return contexts.getContext().getAuthentication();
	}

	/**
	 * Signs the member in again as principal with these authorities, in a new session id.
	 */
	void signInAgain(StaffPrincipal principal, Collection<? extends GrantedAuthority> authorities,
			HttpServletRequest request, HttpServletResponse response) {
		Authentication current = current();
		UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		renewed.setDetails(current.getDetails());
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(renewed);
		contexts.setContext(context);
		request.changeSessionId();
		contextRepository.saveContext(context, request, response);
	}

}
