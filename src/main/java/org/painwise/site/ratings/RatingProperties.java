package org.painwise.site.ratings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules for readers' ratings. Every value can be set with an environment variable,
 * for example {@code RATINGS_VOTES_PER_HOUR=60}.
 *
 * @param votesPerHour how many votes one address (by its salted hash) may cast in an
 * hour, on all items together
 * @param priorWeight how many imaginary average votes each article starts with when the
 * list is sorted by rating (the C of the Bayesian average), so that an article with one
 * five-star vote does not jump to the top; 0 sorts by the plain average
 * @param rankBy which votes sort the list by rating: all of them, or only those cast
 * since each article was last reviewed (the text readers rated is the text they read now)
 */
@Validated
@ConfigurationProperties("ratings")
public record RatingProperties(@Min(1) @Max(10000) @DefaultValue("30") int votesPerHour,
		@Min(0) @Max(1000) @DefaultValue("5") int priorWeight, @NotNull @DefaultValue("all-votes") RankBy rankBy) {

	/** Which votes sort the article list by rating. */
	public enum RankBy {

		ALL_VOTES, SINCE_REVIEW

	}

}
