package org.painwise.site.ratings;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A vote as a request sends it, whichever answer it wants: finds what is rated, reads the
 * stars, counts the vote for the visitor, and says what came of it.
 * {@link RatingController} answers a form with a page, {@link RatingScriptController} the
 * page's script with JSON.
 */
@Component
@RequiredArgsConstructor
class VoteRequests {

	static final String NOT_FOUND = "ratings.notFound";

	private final Ratings ratings;

	private final ArticleCatalog catalog;

	private final RatedComments comments;

	private final VisitorCookie visitorCookie;

	private final VisitorAddress visitorAddress;

	/**
	 * What came of a vote.
	 *
	 * @param messageKey what the reader is told
	 * @param summary the item's rating after the vote, when the reader may see it
	 * @param target what was rated, or null when there is no such thing
	 */
	record Answer(HttpStatus status, String messageKey, RatingSummary summary, RatingTarget target) {

		static final Answer NO_SUCH_ITEM = new Answer(HttpStatus.NOT_FOUND, NOT_FOUND, null, null);

	}

	Answer voteOnArticle(String slug, String value, HttpServletRequest request, HttpServletResponse response) {
		Optional<RatingTarget> article = catalog.findPublished(slug)
			.map(found -> new RatingTarget(RatedItem.article(found.id()), found.title(), "/articles/" + found.slug()));
		return vote(article, value, request, response);
	}

	Answer voteOnComment(long id, String value, HttpServletRequest request, HttpServletResponse response) {
		return vote(comments.findPublished(id), value, request, response);
	}

	private Answer vote(Optional<RatingTarget> found, String rawValue, HttpServletRequest request,
			HttpServletResponse response) {
		if (found.isEmpty()) {
			return Answer.NO_SUCH_ITEM;
		}
		RatingTarget target = found.get();
		Integer value = parseValue(rawValue);
		if (value == null) {
			return new Answer(HttpStatus.BAD_REQUEST, "ratings.invalid", null, target);
		}
		Ratings.Voter voter = new Ratings.Voter(visitorCookie.find(request).orElse(null),
				visitorAddress.hashOf(request), () -> visitorCookie.findOrCreate(request, response));
		Ratings.Outcome outcome = ratings.vote(target.item(), value, voter);
		if (outcome instanceof Ratings.Outcome.Rated rated) {
			return new Answer(HttpStatus.OK, "ratings.thanks", rated.summary(), target);
		}
		if (outcome instanceof Ratings.Outcome.AlreadyRated already) {
			return new Answer(HttpStatus.CONFLICT, "ratings.already", already.summary(), target);
		}
		return new Answer(HttpStatus.TOO_MANY_REQUESTS, "ratings.tooMany", null, target);
	}

	/** A whole number from 1 to 5, exactly as a star sends it; anything else is null. */
	static Integer parseValue(String raw) {
		return raw != null && raw.matches("[1-5]") ? Integer.valueOf(raw) : null;
	}

}
