package org.painwise.site.moderation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trusted commenters, whose comments are published without waiting for a moderator unless
 * screening flags them. Off by default: a health charity may want every comment checked.
 *
 * @param enabled whether anyone is trusted
 * @param publishedComments how many published comments make a commenter trusted
 * @param quietPeriod how long since their last rejected comment
 */
@Validated
@ConfigurationProperties("moderation.trusted-commenters")
public record TrustProperties(@DefaultValue("false") boolean enabled, @Min(1) @DefaultValue("3") int publishedComments,
		@NotNull @DefaultValue("90d") Duration quietPeriod) {
}
