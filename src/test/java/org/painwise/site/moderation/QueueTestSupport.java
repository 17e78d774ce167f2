package org.painwise.site.moderation;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a whole-site moderation test starts from: the site through MockMvc, the database,
 * comments made to order ({@link QueueFixtures}) and staff signed in
 * ({@link StaffLogins}).
 */
abstract class QueueTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	QueueFixtures fixtures;

	StaffLogins staff;

	@BeforeEach
	void setUpQueue() {
		fixtures = new QueueFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
	}

}
