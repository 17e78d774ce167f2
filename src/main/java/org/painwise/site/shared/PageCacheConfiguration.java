package org.painwise.site.shared;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache's two filters and its notifications. A page is rendered and kept behind
 * the security filters; once its first answer has gone out with the security headers, it
 * is sent from in front of them with the same headers, which saves running them for every
 * reader.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/**
	 * Before Spring Security's filters (at -100): sends kept pages with the headers they
	 * first had.
	 */
	static final int SENDING_ORDER = -110;

	/**
	 * After Spring Security's filters, before the rest of the application: renders and
	 * keeps pages.
	 */
	static final int KEEPING_ORDER = 0;

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheSending(PageCache cache) {
		return registration(new PageCacheFilter(cache, true), "pageCacheSending", SENDING_ORDER);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheKeeping(PageCache cache) {
		return registration(new PageCacheFilter(cache, false), "pageCacheKeeping", KEEPING_ORDER);
	}

	private static FilterRegistrationBean<PageCacheFilter> registration(PageCacheFilter filter, String name,
			int order) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(name);
		registration.setOrder(order);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * Tomcat writes a large body to the socket in slices as big as a connection's write
	 * buffer (8 KB unless told otherwise): a 200 KB page is 25 system calls. Slices of 64
	 * KB make it 4, for 64 KB of heap per connection. Tomcat also keeps the buffers of up
	 * to 500 closed connections for new ones; at 64 KB that kept the heap (and resident
	 * memory) about 50 MB larger in the benchmark, so it keeps those of 100.
	 */
	@Bean
	TomcatConnectorCustomizer largerWriteSlices() {
		return connector -> {
			connector.setProperty("socket.appWriteBufSize", Integer.toString(64 * 1024));
			connector.setProperty("socket.bufferPool", "100");
		};
	}

	@Bean
	@ConditionalOnProperty(name = "page-cache.notify-others", havingValue = "true", matchIfMissing = true)
	PageCacheNotifications pageCacheNotifications(DataSource dataSource, PageCache cache) {
		return new PageCacheNotifications(dataSource, cache);
	}

}
