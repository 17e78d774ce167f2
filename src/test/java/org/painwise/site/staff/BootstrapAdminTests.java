package org.painwise.site.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.site.TestDatabase;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first admin comes from configuration, only when there is no staff account at all;
 * there is never a built-in password.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, SiteSecrets.class })
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTests {

	private static final String PASSWORD = "a long bootstrap passphrase";

	@Autowired
	StaffAccountRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	final List<Object> events = new ArrayList<>();

	private BootstrapAdmin bootstrap(String email, String password, String displayName) {
		StaffProperties defaults = PasswordPolicyTests.properties(12);
		StaffProperties properties = new StaffProperties(defaults.password(), defaults.login(),
				new StaffProperties.BootstrapAdmin(email, password, displayName), defaults.twoFactor());
		PasswordPolicy policy = new PasswordPolicy(properties);
		return new BootstrapAdmin(accounts(properties, policy), policy, properties);
	}

	private StaffAccounts accounts(StaffProperties properties, PasswordPolicy policy) {
		return new StaffAccounts(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder(), policy,
				new LoginThrottle(jdbc, secrets, properties, Clock.systemUTC()), Clock.systemUTC(), events::add);
	}

	@Test
	void theFirstAdminIsCreatedFromConfigurationWhenThereIsNoAccount(CapturedOutput output) {
		assertThat(bootstrap(" First.Admin@Charity.example ", PASSWORD, "Sam").createIfNoAccountExists()).isTrue();

		StaffAccount admin = repository.findByEmail("first.admin@charity.example").orElseThrow();
		assertThat(admin.getDisplayName()).isEqualTo("Sam");
		assertThat(admin.getRoles()).containsExactly(StaffRole.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		assertThat(
				PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(PASSWORD, admin.getPasswordHash()))
			.isTrue();
		assertThat(admin.getCreatedAt()).isNotNull().isEqualTo(admin.getPasswordChangedAt());
		assertThat(events).singleElement()
			.isInstanceOfSatisfying(StaffAccountCreated.class, created -> assertThat(created.actorId()).isNull());
		assertThat(output).contains("Created the first staff admin account").doesNotContain(PASSWORD);
	}

	@Test
	void nothingIsCreatedWhenAnAccountAlreadyExists() {
		StaffProperties properties = PasswordPolicyTests.properties(12);
		accounts(properties, new PasswordPolicy(properties)).create("someone@charity.example", "Someone",
				java.util.EnumSet.of(StaffRole.EDITOR), "someone's own passphrase", null);

		assertThat(bootstrap("first.admin@charity.example", PASSWORD, "Sam").createIfNoAccountExists()).isFalse();
		assertThat(repository.count()).isEqualTo(1);
		assertThat(repository.findByEmail("first.admin@charity.example")).isEmpty();
	}

	@Test
	void withNothingConfiguredItSaysHowToCreateTheFirstAdmin(CapturedOutput output) {
		assertThat(bootstrap(null, null, null).createIfNoAccountExists()).isFalse();
		assertThat(bootstrap("", " ", "").createIfNoAccountExists()).isFalse();
		assertThat(repository.count()).isZero();
		assertThat(output).contains("WARN").contains(BootstrapAdmin.HOW_TO);
		assertThat(BootstrapAdmin.HOW_TO).doesNotContain("\n").contains("STAFF_BOOTSTRAP_ADMIN_EMAIL");
	}

	@Test
	void aWeakOrMissingPasswordStopsTheStartWithAReason() {
		assertThatThrownBy(
				() -> bootstrap("first.admin@charity.example", "password1234", "Sam").createIfNoAccountExists())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("STAFF_BOOTSTRAP_ADMIN_PASSWORD")
			.hasMessageContaining("TOO_COMMON")
			.hasMessageNotContaining("password1234");
		assertThatThrownBy(() -> bootstrap("first.admin@charity.example", null, "Sam").createIfNoAccountExists())
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> bootstrap("not-an-email", PASSWORD, "Sam").createIfNoAccountExists())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("STAFF_BOOTSTRAP_ADMIN_EMAIL");
		assertThat(repository.count()).isZero();
	}

	@Test
	void aMissingDisplayNameBecomesAdmin() {
		bootstrap("first.admin@charity.example", PASSWORD, null).createIfNoAccountExists();
		assertThat(repository.findByEmail("first.admin@charity.example").orElseThrow().getDisplayName())
			.isEqualTo("Admin");
	}

	@Test
	void theSettingsBindFromTheDocumentedEnvironmentVariables() {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("STAFF_BOOTSTRAP_ADMIN_EMAIL", "first.admin@charity.example", "STAFF_BOOTSTRAP_ADMIN_PASSWORD",
						PASSWORD, "STAFF_BOOTSTRAP_ADMIN_DISPLAY_NAME", "Sam", "STAFF_PASSWORD_MIN_LENGTH", "14",
						"STAFF_LOGIN_MAX_FAILURES_PER_ACCOUNT", "3"));
		StaffProperties bound = new Binder(ConfigurationPropertySources.from(environment)).bindOrCreate("staff",
				StaffProperties.class);
		assertThat(bound.bootstrapAdmin())
			.isEqualTo(new StaffProperties.BootstrapAdmin("first.admin@charity.example", PASSWORD, "Sam"));
		assertThat(bound.password().minLength()).isEqualTo(14);
		assertThat(bound.login().maxFailuresPerAccount()).isEqualTo(3);
		assertThat(bound.login().maxFailuresPerAddress()).isEqualTo(20);
	}

}
