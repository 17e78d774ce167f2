package org.painwise.site.comments;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.MovableClock;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.SiteSecrets;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minimum fill time of the comment form: a form sent back sooner after its signed
 * start than a person could write is too fast; one that took at least that long is not; a
 * start the site did not sign is always too fast; no start at all (no JavaScript) is not
 * judged by speed. Signed with the site's own secret, on a clock the test moves.
 */
@SiteTest
class FormTimerTests {

	private static final Duration MINIMUM = Duration.ofSeconds(3);

	@Autowired
	SiteSecrets secrets;

	final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));

	FormTimer timer;

	@BeforeEach
	void timer() {
		timer = new FormTimer(secrets, clock);
	}

	@Test
	void aFormSentBackSoonerThanTheMinimumIsTooFast() {
		String started = timer.start();
		assertThat(timer.tooFast(started, MINIMUM)).isTrue();
		clock.advance(MINIMUM.minusMillis(1));
		assertThat(timer.tooFast(started, MINIMUM)).isTrue();
	}

	@Test
	void aFormThatTookAtLeastTheMinimumIsNotTooFast() {
		String started = timer.start();
		clock.advance(MINIMUM);
		assertThat(timer.tooFast(started, MINIMUM)).isFalse();
		clock.advance(Duration.ofMinutes(20));
		assertThat(timer.tooFast(started, MINIMUM)).isFalse();
	}

	@Test
	void aStartTheSiteDidNotSignIsTooFastHoweverOld() {
		String started = timer.start();
		clock.advance(Duration.ofMinutes(5));
		String millis = started.substring(0, started.indexOf('.'));
		String earlier = Long.toString(Long.parseLong(millis) - 60_000);
		assertThat(timer.tooFast(earlier + started.substring(started.indexOf('.')), MINIMUM))
			.as("an earlier time with the signature of another")
			.isTrue();
		assertThat(timer.tooFast(millis + ".forged", MINIMUM)).isTrue();
		assertThat(timer.tooFast("forged", MINIMUM)).isTrue();
	}

	@Test
	void aFormWithoutAStartIsNotJudgedBySpeed() {
		assertThat(timer.tooFast(null, MINIMUM)).isFalse();
		assertThat(timer.tooFast("", MINIMUM)).isFalse();
	}

}
