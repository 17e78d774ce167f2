package org.painwise.site.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails go by SMTP, or into the log on the development site only, or nowhere when mail
 * is switched off on purpose; a production start with none of these does not start at
 * all, and no email's address or words reach a production log.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(MailConfiguration.class);

	@Test
	void withoutAMailServerOutsideTheDevelopmentSiteTheSiteDoesNotStart() {
		runner.run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MailConfiguration.NoMailServer.class)
				.hasMessage(MailConfiguration.NoMailServer.DESCRIPTION);
		});
		assertThat(
				new MissingDatabaseFailureAnalyzer().analyze(new RuntimeException(new MailConfiguration.NoMailServer()))
					.getDescription())
			.isEqualTo(MailConfiguration.NoMailServer.DESCRIPTION)
			.doesNotContain("\n");
	}

	@Test
	void mailSwitchedOffSendsNothingAndLogsNothingAboutTheEmail(CapturedOutput output) {
		runner.withPropertyValues("mail.enabled=false").run(context -> {
			assertThat(context).hasSingleBean(Outbox.class);
			context.getBean(Outbox.class)
				.send(new Outbox.Email("reader@example.com", "Your comment is published", "Secret words", null));
		});
		assertThat(output).doesNotContain("reader@example.com", "Secret words", "Your comment is published");
	}

	@Test
	void onlyTheDevelopmentSiteWritesEmailsToItsLog(CapturedOutput output) {
		runner.withPropertyValues("spring.profiles.active=dev").run(context -> {
			assertThat(context).hasSingleBean(Outbox.class);
			context.getBean(Outbox.class).send(new Outbox.Email("dev@example.com", "Subject", "Body"));
		});
		assertThat(output).contains("To: dev@example.com");
	}

}
