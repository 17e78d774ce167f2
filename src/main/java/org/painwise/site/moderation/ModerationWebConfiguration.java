package org.painwise.site.moderation;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The queue's request values as handlers take them: a {@link QueuePosition}, and the
 * views and decisions that URLs and forms name in lower case ({@code ?view=reported},
 * {@code /publish}).
 */
@Configuration(proxyBeanMethods = false)
class ModerationWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueuePosition.Resolver());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, ModerationQueries.View.class,
				text -> named(ModerationQueries.View.class, text));
		registry.addConverter(String.class, ModerationDecisions.Decision.class,
				text -> named(ModerationDecisions.Decision.class, text));
	}

	/** The value a URL names, in any mix of capitals; none for an empty parameter. */
	private static <E extends Enum<E>> E named(Class<E> type, String text) {
		String name = text.strip();
		return name.isEmpty() ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
	}

}
