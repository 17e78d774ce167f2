package org.painwise.site.staff;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Where a right password leads: to the second factor when the sign-in waits for one,
 * otherwise to the page the member first asked for, or the dashboard.
 */
final class SignInSuccess implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccess() {
		signedIn.setDefaultTargetUrl(StaffWebConfiguration.DASHBOARD);
		// where the staff area keeps the page a member asked for before signing in
		signedIn.setRequestCache(new CookieRequestCache());
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var waiting = SecondFactor.waitingFor(authentication);
		if (waiting.isPresent()) {
			response.sendRedirect(request.getContextPath()
					+ (waiting.get().equals(SecondFactor.CODE) ? TwoFactorController.CODE : TwoFactorController.SETUP));
			return;
		}
		signedIn.onAuthenticationSuccess(request, response, authentication);
	}

}
