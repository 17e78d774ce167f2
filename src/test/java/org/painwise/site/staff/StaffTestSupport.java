package org.painwise.site.staff;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a whole-site test of the staff area starts from: the site through MockMvc, the
 * database, and staff accounts made to order ({@link TestStaff}).
 */
abstract class StaffTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffAccountRepository repository;

	@Autowired
	JdbcClient jdbc;

	TestStaff staff;

	@BeforeEach
	void staffMadeToOrder() {
		staff = new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc);
	}

}
