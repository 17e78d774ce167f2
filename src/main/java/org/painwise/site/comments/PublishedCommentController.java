package org.painwise.site.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.CrossSiteRequestRefused;
import org.painwise.site.shared.ErrorPages;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A published comment's own addresses: its permalink, and the form to report it. */
@Controller
@RequiredArgsConstructor
class PublishedCommentController {

	/** A published comment whose article is no longer published. */
	private static final String COMMENT_GONE = "error.comment.not-found-here";

	private final ArticleCatalog catalog;

	private final CommentThreads threads;

	private final CommentReports reports;

	private final VisitorCookie visitorCookie;

	private final VisitorAddress visitorAddress;

	private final SiteProperties site;

	/**
	 * A comment's permanent address: the page of the article's thread where it appears.
	 */
	@GetMapping("/comments/{id}")
	String permalink(@PathVariable long id) {
		CommentThreads.Located located = publishedComment(id);
		return "redirect:" + placeOf(located);
	}

	/** The report form for one published comment, with the comment quoted. */
	@GetMapping("/comments/{id}/report")
	String reportPage(@PathVariable long id, Model model) {
		return reportForm(publishedComment(id), null, null, model);
	}

	@PostMapping("/comments/{id}/report")
	String report(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		CommentThreads.Located located = publishedComment(id);
		String place = placeOf(located);
		if (reason != null && reason.length() > CommentReports.MAX_REASON_LENGTH) {
			reason = reason.substring(0, CommentReports.MAX_REASON_LENGTH);
		}
		if (reason != null && reason.chars()
			.anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r')) {
			reason = null;
		}
		String visitor = visitorCookie.findOrCreate(request, response);
		CommentReports.Outcome outcome = reports.report(located.commentId(), visitor, visitorAddress.hashOf(request),
				reason);
		if (outcome == CommentReports.Outcome.TOO_MANY) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			return reportForm(located, reason, "comments.report.tooMany", model);
		}
		redirect.addFlashAttribute("commentNotice",
				outcome == CommentReports.Outcome.REPORTED ? "comment.reported" : "comment.alreadyReported");
		redirect.addFlashAttribute(CommentController.NOTICE_FOR, located.commentId());
		return "redirect:" + place;
	}

	/**
	 * A report sent from another site: nothing is saved, and the reason comes back in a
	 * read-only box.
	 */
	@ExceptionHandler(CrossSiteRequestRefused.class)
	ModelAndView crossSite(HttpServletRequest request) {
		return ErrorPages.crossSitePage(request.getParameter("reason"), site);
	}

	private CommentThreads.Located publishedComment(long id) {
		return threads.locate(id)
			.filter(found -> found.status() == CommentStatus.PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, CommentController.COMMENT_NOT_FOUND));
	}

	/** Where a comment stands in its article's thread. */
	private String placeOf(CommentThreads.Located located) {
		return ThreadLinks.url(articleOf(located).slug(), located.page()) + "#comment-" + located.commentId();
	}

	/** The published article a located comment is on. */
	private PublishedArticle articleOf(CommentThreads.Located located) {
		return catalog.findPublishedById(located.articleId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, COMMENT_GONE));
	}

	private String reportForm(CommentThreads.Located located, String reason, String problem, Model model) {
		PublishedArticle article = articleOf(located);
		CommentView comment = threads.published(article.id(), located.commentId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, COMMENT_GONE));
		model.addAttribute("article", article);
		model.addAttribute("comment", comment);
		model.addAttribute("maxReasonLength", CommentReports.MAX_REASON_LENGTH);
		model.addAttribute("reason", reason);
		model.addAttribute("problem", problem);
		return "comments/report";
	}

}
