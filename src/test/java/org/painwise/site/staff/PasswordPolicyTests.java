package org.painwise.site.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.staff.PasswordPolicy.Problem.MISSING;
import static org.painwise.site.staff.PasswordPolicy.Problem.SAME_AS_EMAIL;
import static org.painwise.site.staff.PasswordPolicy.Problem.TOO_COMMON;
import static org.painwise.site.staff.PasswordPolicy.Problem.TOO_LONG;
import static org.painwise.site.staff.PasswordPolicy.Problem.TOO_SHORT;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(properties(12));

	static StaffProperties properties(int minLength) {
		return new StaffProperties(new StaffProperties.Password(minLength),
				new StaffProperties.Login(5, 20, Duration.ofHours(24), Duration.ofMinutes(15), Duration.ofSeconds(1)),
				new StaffProperties.BootstrapAdmin(null, null, null), new StaffProperties.TwoFactorSettings(true));
	}

	@Test
	void aLongUncommonPasswordIsFine() {
		assertThat(policy.problemsWith("tea with two sugars, please", "james@painwise.example")).isEmpty();
		assertThat(policy.problemsWith("exactly12chr", "james@painwise.example")).isEmpty();
	}

	@Test
	void tooShortCountsCharactersNotBytes() {
		assertThat(policy.problemsWith("elevenchars", "j@p.example")).containsExactly(TOO_SHORT);
		assertThat(policy.problemsWith("ééééééééééé", "j@p.example")).containsExactly(TOO_SHORT);
		assertThat(new PasswordPolicy(properties(16)).problemsWith("fifteen-chars-x", "j@p.example"))
			.containsExactly(TOO_SHORT);
	}

	@Test
	void tooLongIsWhatBcryptCannotHash() {
		assertThat(policy.problemsWith("a".repeat(71) + "b", "j@p.example")).isEmpty();
		assertThat(policy.problemsWith("a".repeat(72) + "b", "j@p.example")).containsExactly(TOO_LONG);
		// 40 characters, but 80 bytes
		assertThat(policy.problemsWith("é".repeat(40), "j@p.example")).containsExactly(TOO_LONG);
	}

	@Test
	void theEmailAddressIsRefusedWhateverItsCase() {
		assertThat(policy.problemsWith("James@Painwise.Example", "james@painwise.example"))
			.containsExactly(SAME_AS_EMAIL);
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		for (String common : List.of("password1234", "PASSWORD1234", "Qwertyuiop123", "123456789012", "iloveyou1234",
				"letmein12345", "welcome12345", "painwise1234")) {
			assertThat(policy.problemsWith(common, "j@p.example")).as(common).contains(TOO_COMMON);
		}
		assertThat(policy.problemsWith("123456", "j@p.example")).containsExactly(TOO_SHORT, TOO_COMMON);
	}

	@Test
	void nothingAtAllIsMissing() {
		assertThat(policy.problemsWith("", "j@p.example")).containsExactly(MISSING);
		assertThat(policy.problemsWith(null, "j@p.example")).containsExactly(MISSING);
	}

	@Test
	void theCommonListIsLargeAndLowerCase() throws IOException {
		assertThat(policy.commonPasswordCount()).isGreaterThan(1000);
		String file = new ClassPathResource("staff/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8);
		List<String> entries = file.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
		assertThat(entries)
			.allSatisfy(entry -> assertThat(entry).isEqualTo(entry.toLowerCase(Locale.ROOT)).isEqualTo(entry.strip()));
		assertThat(entries).doesNotHaveDuplicates().contains("123456", "password", "qwerty123", "iloveyou");
	}

}
