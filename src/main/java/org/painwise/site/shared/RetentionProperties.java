package org.painwise.site.shared;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the site keeps what it keeps only for a while (see {@link Retention}).
 *
 * @param addressHashes how long hashed addresses and visitor keys stay with comments,
 * votes, reports and feedback: as long as the limits and duplicate checks that use them
 * need
 * @param rejectedComments how long a rejected or spam comment is kept after the decision,
 * for a moderator to look back at it, before it is deleted
 * @param scheduled whether the clean-up runs by itself (the development site, whose
 * sample content is old, switches it off)
 */
@Validated
@ConfigurationProperties("retention")
public record RetentionProperties(@NotNull @DefaultValue("48h") Duration addressHashes,
		@NotNull @DefaultValue("30d") Duration rejectedComments, @DefaultValue("true") boolean scheduled) {
}
