package org.painwise.site.comments;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The comment form's remembered name and email, on posting and on the reply page.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class CommentsWebConfiguration implements WebMvcConfigurer {

	private final RememberedCommenterInterceptor rememberedCommenter;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rememberedCommenter)
			.addPathPatterns("/articles/*/comments", "/articles/*/comments/*/reply");
	}

}
