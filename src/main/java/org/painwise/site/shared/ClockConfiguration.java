package org.painwise.site.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole site, in the charity's time zone, so that "today" means the same
 * thing on every page and tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${site.time-zone:Europe/London}") ZoneId zone) {
		return Clock.system(zone);
	}

}
