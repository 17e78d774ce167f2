package org.painwise.site.moderation;

import org.junit.jupiter.api.BeforeEach;
import org.painwise.site.SiteTestSupport;
import org.painwise.site.staff.StaffLogins;

/**
 * What a whole-site moderation test starts from: the site through MockMvc, the database,
 * comments made to order ({@link QueueFixtures}) and staff signed in
 * ({@link StaffLogins}).
 */
abstract class QueueTestSupport extends SiteTestSupport {

	QueueFixtures fixtures;

	StaffLogins staff;

	@BeforeEach
	void setUpQueue() {
		fixtures = new QueueFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
	}

}
