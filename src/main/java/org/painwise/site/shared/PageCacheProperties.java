package org.painwise.site.shared;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The cache of public pages as every reader without a personal cookie sees them.
 *
 * @param enabled whether pages are kept at all
 * @param maxSize how much rendered markup to keep, compressed and uncompressed copies
 * together
 * @param timeToLive how long a page is kept at most, the safety net behind invalidation
 * by event
 * @param cacheControl the {@code Cache-Control} header of a cacheable page, for browsers
 * and CDNs
 * @param voteLag how long other readers may see an old rating after a vote; votes within
 * it are shown together
 * @param notifyOthers whether invalidations are sent to the site's other instances
 * through PostgreSQL {@code LISTEN/NOTIFY}
 */
@Validated
@ConfigurationProperties("page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("32MB") DataSize maxSize, @NotNull @DefaultValue("10m") Duration timeToLive,
		@NotBlank @DefaultValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30") String cacheControl,
		@NotNull @DefaultValue("10s") Duration voteLag, @DefaultValue("true") boolean notifyOthers) {
}
