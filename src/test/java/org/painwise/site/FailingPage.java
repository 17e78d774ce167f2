package org.painwise.site;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails with an unexpected exception, as a bug would, at {@value #PATH}: only in the
 * tests' server, to show what a reader sees when the site breaks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPage {

	public static final String PATH = "/test-only/failing-page";

	/** Text in the exception that must never reach a reader. */
	public static final String SECRET = "internal detail a reader must never see";

	@Bean
	Controller failingPageController() {
		return new Controller();
	}

	@RestController
	static class Controller {

		@GetMapping(PATH)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
