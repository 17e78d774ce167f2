package org.painwise.site;

import java.time.Clock;

import org.painwise.site.shared.SiteSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a whole-site test ({@link SiteTest}) reaches for: the site through MockMvc, the
 * database, the site's secrets (to sign and hash as the site does), its clock and the
 * application context (for staff sign-ins).
 */
public abstract class SiteTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected SiteSecrets secrets;

	@Autowired
	protected Clock clock;

	@Autowired
	protected ApplicationContext context;

}
