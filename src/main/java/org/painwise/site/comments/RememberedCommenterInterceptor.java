package org.painwise.site.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps the "remember my name and email" cookie in step with the comment form: after a
 * comment is posted (the answer is a redirect back to the article) it sets the cookie
 * when the box was ticked and removes it when it was not; on the reply page, for readers
 * without JavaScript, it fills an empty form in from the cookie. It runs after the
 * controller and before the answer is written, so the posting code needs to know nothing
 * about it.
 */
@Component
@RequiredArgsConstructor
class RememberedCommenterInterceptor implements HandlerInterceptor {

	private final RememberedCommenter commenter;

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null) {
			return;
		}
		String view = page.getViewName();
		if (HttpMethod.POST.matches(request.getMethod()) && view != null && view.startsWith("redirect:")) {
			String remember = request.getParameter("rememberMe");
			String name = request.getParameter("name");
			String email = request.getParameter("email");
			if (remember != null && !remember.isBlank() && name != null && email != null) {
				commenter.remember(name.strip(), email.strip(), request, response);
			}
			else {
				commenter.forget(request, response);
			}
		}
		else if (HttpMethod.GET.matches(request.getMethod()) && page.getModel().get("form") instanceof CommentForm form
				&& form.name().isBlank() && form.email().isBlank()) {
			commenter.find(request).ifPresent(found -> page.addObject("form", form.filledInWith(found)));
		}
	}

}
