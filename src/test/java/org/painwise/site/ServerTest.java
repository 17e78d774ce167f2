package org.painwise.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole-site test over real HTTP: the application on a random port, on the test
 * PostgreSQL with the sample content, for browser tests and tests of what only a real
 * server does. All such tests share one application context (one server and one
 * database); a test that needs other settings starts its own, so give one only when the
 * test cannot work without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, FailingPage.class })
@ActiveProfiles("dev")
public @interface ServerTest {

}
