package org.painwise.site.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole site, in the charity's time zone, so that "today" means the
 * same thing on every page and tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(SiteProperties site) {
		return Clock.system(site.timeZone());
	}

}
