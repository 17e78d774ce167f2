package org.painwise.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole-site test: the application on the test PostgreSQL with the sample content,
 * driven through MockMvc. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// the page cache is tried in its own tests: these set up data straight in the database,
// past the events that evict pages
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "page-cache.enabled=false",
		// a throttled sign-in stays throttled however slowly a loaded machine runs the
		// test
		"staff.login.first-pause=1m" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, StatementCounter.class })
@ActiveProfiles("dev")
public @interface SiteTest {

}
