package org.painwise.site.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.site.PainwiseApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production start with no database stops at once and says in one line what to set; it
 * never falls back to an embedded database.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingDatabaseTests {

	@Test
	void startingWithoutADatabaseFailsWithOneClearLine(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(PainwiseApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "mail.enabled=false")
			.run()).isNotNull();
		assertThat(output).contains(MissingDatabaseFailureAnalyzer.DESCRIPTION);
		assertThat(MissingDatabaseFailureAnalyzer.DESCRIPTION).doesNotContain("\n");
	}

}
