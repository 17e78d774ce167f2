package org.painwise.site.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the layouts when a page shows a form that came back with errors, so the page
 * title starts with "Error:" and a screen reader user hears at once that something needs
 * fixing.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageTitles implements WebMvcConfigurer, HandlerInterceptor {

	/** The model attribute the layouts read. */
	static final String ATTRIBUTE = "formHasErrors";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getModelMap().containsAttribute(ATTRIBUTE)) {
			return;
		}
		boolean errors = modelAndView.getModelMap()
			.values()
			.stream()
			.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
		if (errors) {
			modelAndView.addObject(ATTRIBUTE, true);
		}
	}

}
