package org.painwise.site.comments;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules for readers' comments. Every value can be set with an environment variable,
 * for example {@code COMMENTS_BODY_MAX_LENGTH=3000} or
 * {@code COMMENTS_BLOCKLIST=word1,word2}.
 *
 * @param nameMaxLength longest name shown with a comment
 * @param emailMaxLength longest email address
 * @param bodyMaxLength longest comment, in characters
 * @param maxDepth how many levels a thread nests (3 means top-level, reply, reply to a
 * reply)
 * @param pageSize top-level comments per page
 * @param closeAfterDays close comments this many days after an article is first
 * published; 0 never closes them
 * @param maxLinks a comment with more links than this is held with a "links" flag
 * @param blocklist words or phrases that mark a comment as spam, matched
 * case-insensitively as whole words
 * @param perHourLimit how many comments one address may post in an hour
 * @param reportsPerHour how many comments one address may report in an hour
 * @param duplicateWindow how long the same text from the same visitor counts as a
 * duplicate
 * @param minFillTime a form sent back faster than this was filled in by a program
 * @param renderedBoxesBytes how much memory (about, in bytes) the ready HTML of published
 * comments may take (see RenderedComments); 0 renders every comment with its page
 * @param closeWhenReviewOverdue close comments on an article while it is past its review
 * date
 * @param publishedPagesBytes how much memory (about, in bytes) the published part of
 * comment pages may take while the page cache is on (see PublishedCommentPages); 0 reads
 * it for every page
 * @param experiencesShownFrom how many readers must have answered the questions about a
 * medicine before the article shows a summary of their answers, so that no one can be
 * picked out
 */
@Validated
@ConfigurationProperties("comments")
public record CommentProperties(@Min(1) @Max(200) @DefaultValue("80") int nameMaxLength,
		@Min(6) @Max(254) @DefaultValue("254") int emailMaxLength,
		@Min(1) @Max(20000) @DefaultValue("5000") int bodyMaxLength, @Min(1) @Max(10) @DefaultValue("3") int maxDepth,
		@Min(1) @Max(500) @DefaultValue("25") int pageSize, @Min(0) @DefaultValue("0") int closeAfterDays,
		@Min(0) @DefaultValue("2") int maxLinks, @NotNull @DefaultValue( {
				"viagra", "cialis", "casino", "crypto giveaway", "buy followers", "payday loan",
				"replica watches" }) List<String> blocklist,
		@Min(1) @DefaultValue("5") int perHourLimit, @Min(1) @DefaultValue("10") int reportsPerHour,
		@NotNull @DefaultValue("10m") Duration duplicateWindow, @NotNull @DefaultValue("3s") Duration minFillTime,
		@DefaultValue("true") boolean closeWhenReviewOverdue, @Min(0) @DefaultValue("8388608") long renderedBoxesBytes,
		@Min(0) @DefaultValue("4194304") long publishedPagesBytes,
		@Min(1) @DefaultValue("10") int experiencesShownFrom){
}
