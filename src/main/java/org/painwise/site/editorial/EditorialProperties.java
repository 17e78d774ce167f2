package org.painwise.site.editorial;

import java.time.Period;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Editorial settings. Every value can be set with an environment variable, for example
 * {@code EDITORIAL_REVIEW_PERIOD=P2Y} or {@code EDITORIAL_MAX_IMAGE_SIZE=1MB}.
 *
 * @param reviewPeriod how long after a review an article is next due for one
 * @param dueSoonDays how far ahead the review list looks for articles coming due
 * @param maxImageSize the largest image an editor may upload
 * @param hardToReadBelow a Flesch reading ease score below this gets a plain-English hint
 * @param maxImageWidth the widest image, in pixels, an editor may upload
 * @param maxImageHeight the tallest image, in pixels, an editor may upload
 */
@Validated
@ConfigurationProperties("editorial")
public record EditorialProperties(@NotNull @DefaultValue("P3Y") Period reviewPeriod,
		@Min(1) @DefaultValue("60") int dueSoonDays, @NotNull @DefaultValue("1MB") DataSize maxImageSize,
		@DefaultValue("60") int hardToReadBelow, @Min(1) @DefaultValue("4000") int maxImageWidth,
		@Min(1) @DefaultValue("4000") int maxImageHeight) {
}
