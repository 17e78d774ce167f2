package org.painwise.site.moderation;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Looking after moderators, who read distressing comments all day.
 *
 * @param claimFor how long "Priya is looking at this" lasts before the comment is free
 * again
 * @param crisisItemsBeforeBreak after handling this many comments with crisis language in
 * a day, a moderator's dashboard suggests a break
 * @param support where staff find support, as a sentence
 * @param supportUrl a page about it
 */
@Validated
@ConfigurationProperties("moderation.wellbeing")
public record WellbeingProperties(@NotNull @DefaultValue("10m") Duration claimFor,
		@Min(1) @DefaultValue("5") int crisisItemsBeforeBreak,
		@NotBlank @DefaultValue("Our employee assistance line is free and confidential, any time: 0800 000 0000. You can also talk to your team lead.") String support,
		@NotNull @DefaultValue("https://intranet.painwise.example/wellbeing") URI supportUrl) {
}
