package org.painwise.site.shared;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page cache's filter, after the security filters so cached pages get the same headers, and its notifications. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** After Spring Security's filters (at -100), before the rest of the application. */
	static final int FILTER_ORDER = 0;

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
		registration.setOrder(FILTER_ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	@ConditionalOnProperty(name = "page-cache.notify-others", havingValue = "true", matchIfMissing = true)
	PageCacheNotifications pageCacheNotifications(DataSource dataSource, PageCache cache) {
		return new PageCacheNotifications(dataSource, cache);
	}

}
