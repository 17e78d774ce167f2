package org.painwise.site.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestSessions;
import org.painwise.site.shared.Hashes;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor sign-in as staff use it: turning it on with a real authenticator code,
 * signing in with a code or a recovery code (each working once), and admins made to set
 * it up first.
 */
@SiteTest
@TestPropertySource(properties = "staff.two-factor.required-for-admins=true")
class TwoFactorTests extends StaffTestSupport {

	private static final Pattern KEY = Pattern.compile("<code class=\"otp-key\">([A-Z2-7 ]+)</code>");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

	private final TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();

	@Test
	void aModeratorTurnsItOnAndThenSignsInWithACodeOrARecoveryCodeEachWorkingOnce() throws Exception {
		TestStaff.Account moderator = staff.create("Two Step Moderator");
		String page = mvc.perform(get("/staff/account/two-factor").with(staff.as(moderator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] secret = secretFrom(page);
		mvc.perform(post("/staff/account/two-factor").with(staff.as(moderator)).with(csrf()).param("code", "000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That code is not right.")))
			// beside the field too, where a screen reader hears it with the field
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"code-error\"")));
		List<String> recovery = recoveryCodes(mvc
			.perform(post("/staff/account/two-factor").with(staff.as(moderator))
				.with(csrf())
				.param("code", code(secret, Instant.now())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

		// the right password alone opens nothing
		MockHttpSession waiting = passwordStep(moderator, "/login/code");
		mvc.perform(get("/staff").session(waiting)).andExpect(status().isForbidden());
		mvc.perform(post("/login/code").session(waiting)
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))
			.param("code", "123456"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("aria-describedby=\"code-hint code-error\"")));
		// the code used to turn it on has been used; the next one signs in, once
		String next = code(secret, Instant.now().plus(Duration.ofSeconds(30)));
		MockHttpSession signedIn = codeStep(waiting, next, "/staff");
		mvc.perform(get("/staff").session(signedIn)).andExpect(status().isOk());
		MockHttpSession again = passwordStep(moderator, "/login/code");
		mvc.perform(post("/login/code").session(again)
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))
			.param("code", next)).andExpect(status().isBadRequest());

		// a recovery code instead of the app, also once
		codeStep(again, recovery.get(0).toUpperCase(), "/staff");
		MockHttpSession third = passwordStep(moderator, "/login/code");
		mvc.perform(post("/login/code").session(third)
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))
			.param("code", recovery.get(0))).andExpect(status().isBadRequest());
		mvc.perform(get("/staff/account/two-factor").with(staff.as(moderator)))
			.andExpect(content().string(containsString("You have 9 unused recovery codes.")));
		// the codes are kept only as their hashes: the unused one is there as a hash,
		// never as shown
		assertThat(jdbc.sql("select count(*) from staff_recovery_code where used_at is null and code_hash = ?")
			.param(Hashes.sha256Hex(recovery.get(1).replace("-", "")))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from staff_recovery_code where code_hash in (?, ?)")
			.params(recovery.get(1), recovery.get(1).replace("-", ""))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdminWithoutItSetsItUpBeforeAnythingElse() throws Exception {
		TestStaff.Account admin = staff.create("Two Step Admin", StaffRole.ADMIN);
		MockHttpSession waiting = passwordStep(admin, "/login/two-factor");
		mvc.perform(get("/staff").session(waiting)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/accounts").session(waiting)).andExpect(status().isForbidden());
		String page = mvc.perform(get("/login/two-factor").session(waiting))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set up two-factor sign-in")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] secret = secretFrom(page);
		MvcResult done = mvc
			.perform(post("/login/two-factor").session(waiting).with(csrf()).param("code", code(secret, Instant.now())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your recovery codes")))
			.andReturn();
		MockHttpSession signedIn = TestSessions.of(done);
		mvc.perform(get("/staff/accounts").session(signedIn)).andExpect(status().isOk());
		// from now on the admin signs in with a code
		passwordStep(admin, "/login/code");
		// nobody reaches the second step without the first
		mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login/two-factor")).andExpect(redirectedUrl("/login"));
	}

	private MockHttpSession passwordStep(TestStaff.Account account, String next) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", account.email())
				.param("password", account.password())
				.with(csrf())
				.with(TestStaff.from(TestStaff.newAddress())))
			.andExpect(redirectedUrl(next))
			.andReturn();
		return TestSessions.of(result);
	}

	private MockHttpSession codeStep(MockHttpSession waiting, String code, String next) throws Exception {
		MvcResult result = mvc
			.perform(post("/login/code").session(waiting)
				.with(csrf())
				.with(TestStaff.from(TestStaff.newAddress()))
				.param("code", code))
			.andExpect(redirectedUrl(next))
			.andReturn();
		MockHttpSession renewed = TestSessions.of(result);
		assertThat(renewed.getId()).as("a new session id once signed in").isNotEqualTo(waiting.getId());
		return renewed;
	}

	private static byte[] secretFrom(String page) {
		Matcher matcher = KEY.matcher(page);
		assertThat(matcher.find()).as("the key on the page").isTrue();
		return new Base32().decode(matcher.group(1).replace(" ", ""));
	}

	private static List<String> recoveryCodes(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private String code(byte[] secret, Instant at) throws Exception {
		return app.generateOneTimePasswordString(new SecretKeySpec(secret, app.getAlgorithm()), at);
	}

}
