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
 * A whole-site test with the page cache on, as in production, through MockMvc: other readers see
 * a vote after one second here (ten on the site). All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "page-cache.enabled=true", "page-cache.vote-lag=1s" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, StatementCounter.class })
@ActiveProfiles("dev")
public @interface CachedSiteTest {

}
