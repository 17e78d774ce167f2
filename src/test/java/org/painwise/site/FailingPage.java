package org.painwise.site;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails with an unexpected exception, as a bug would, at {@value #PATH}: only
 * in the servers of {@link ServerTest}s (a test configuration is never picked up by the
 * component scan), to show what a reader sees when the site breaks.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
public class FailingPage {

	public static final String PATH = "/test-only/failing-page";

	/** Text in the exception that must never reach a reader. */
	public static final String SECRET = "internal detail a reader must never see";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
