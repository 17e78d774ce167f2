package org.painwise.site.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Spring MVC support for the staff pages: {@link CurrentStaff} parameters, and the
 * {@link StaffArea} that the staff layout needs, added to every page under
 * {@code /staff}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class StaffWebConfiguration implements WebMvcConfigurer {

	static final String DASHBOARD = "/staff";

	static final String PASSWORD_PAGE = "/staff/account/password";

	private final StaffDirectory directory;

	private final ObjectProvider<StaffDashboardSection> sections;

	private final MessageSource messages;

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentStaffResolver(directory));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StaffAreaInterceptor()).addPathPatterns("/staff", "/staff/**");
	}

	static final class CurrentStaffResolver implements HandlerMethodArgumentResolver {

		private final StaffDirectory directory;

		CurrentStaffResolver(StaffDirectory directory) {
			this.directory = directory;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(CurrentStaff.class)
					&& StaffMember.class.equals(parameter.getParameterType());
		}

		@Override
		public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return directory.current().orElseThrow(() -> new AccessDeniedException("Not signed in as staff"));
		}

	}

	final class StaffAreaInterceptor implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView page) {
			if (page == null || page.getView() instanceof RedirectView
					|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
				return;
			}
			directory.current().ifPresent(member -> page.addObject("staffArea", areaFor(member, pathOf(request))));
		}

	}

	StaffArea areaFor(StaffMember member, String path) {
		List<StaffArea.NavigationLink> links = new ArrayList<>();
		links.add(new StaffArea.NavigationLink(
				messages.getMessage("staff.nav.dashboard", null, LocaleContextHolder.getLocale()), DASHBOARD,
				path.equals(DASHBOARD)));
		sections.orderedStream()
			.map(section -> section.navigationFor(member))
			.flatMap(Optional::stream)
			.forEach(link -> links.add(new StaffArea.NavigationLink(link.label(), link.url(),
					path.equals(link.url()) || path.startsWith(link.url() + "/"))));
		return new StaffArea(member, List.copyOf(links), path.equals(PASSWORD_PAGE));
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
