package org.painwise.site.moderation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When moderators who asked for it are emailed that the queue is falling behind.
 *
 * @param heldThreshold more held comments than this
 * @param oldestHours or the oldest held comment has waited longer than this many hours
 * @param period at most one email in this time
 * @param checkEvery how often the queue is checked
 */
@Validated
@ConfigurationProperties("moderation.queue-alerts")
public record QueueAlertProperties(@Min(1) @DefaultValue("50") int heldThreshold,
		@Min(1) @DefaultValue("24") int oldestHours, @NotNull @DefaultValue("24h") Duration period,
		@NotNull @DefaultValue("15m") Duration checkEvery) {
}
