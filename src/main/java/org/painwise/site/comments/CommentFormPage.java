package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.ArticleMedicines;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.ErrorPages;
import org.painwise.site.shared.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment form on a page of its own and where a writer lands after posting: the form
 * as typed with the article, the comment it answers, why it was not posted and the crisis
 * support, and the thread page with the thanks beside the new comment.
 */
@Component
@RequiredArgsConstructor
class CommentFormPage {

	static final String VIEW = "comments/form";

	private final ArticleCatalog catalog;

	private final CommentPosting posting;

	private final CommentThreads threads;

	private final CommentingPolicy policy;

	private final CommentProperties properties;

	private final ArticleMedicines medicines;

	private final SiteProperties site;

	private final Clock clock;

	/** The published article comments are posted to, or a 404. */
	PublishedArticle article(String slug) {
		return catalog.findPublished(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.article.not-found"));
	}

	/** The published comment of the article the form replies to, if it names one. */
	Optional<CommentView> parent(PublishedArticle article, CommentForm form) {
		return Optional.ofNullable(form.parent()).flatMap(id -> threads.published(article.id(), id));
	}

	/**
	 * The comment form on a page of its own, with the visitor's text as they typed it.
	 * @param errors what is wrong with the form, or null when nothing is
	 * @param problem the message key of why the comment was not posted, or null
	 */
	String show(PublishedArticle article, CommentForm form, Optional<CommentView> parent, BindingResult errors,
			String problem, HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("parent", parent.orElse(null));
		model.addAttribute("problem", problem);
		model.addAttribute("crisis", posting.mayBeInCrisis(form.body()));
		// the layout starts the title with "Error:" (a refusal is no field error it can
		// see)
		model.addAttribute("formHasErrors", (errors != null && errors.hasErrors()) || problem != null);
		model.addAttribute("open", policy.closureOf(article).isOpen());
		model.addAttribute("limits", properties);
		if (!model.containsAttribute("medicine")) {
			model.addAttribute("medicine", medicines.sideEffectsOf(article.id()).orElse(null));
		}
		if (!model.containsAttribute("experience")) {
			model.addAttribute("experience", new ExperienceForm());
		}
		return VIEW;
	}

	/**
	 * The form again for a writer who posted too often, with when they may post again.
	 */
	String tooMany(PublishedArticle article, CommentForm form, Optional<CommentView> parent, Instant retryAt,
			Model model, HttpServletResponse response) {
		long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		model.addAttribute("retryAt", retryAt.atZone(clock.getZone()));
		model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
		return show(article, form, parent, null, "comment.tooMany", HttpStatus.TOO_MANY_REQUESTS, model, response);
	}

	/**
	 * A comment sent from another site: nothing is saved, and the writer gets their words
	 * back in the form, ready to send again from here.
	 */
	ModelAndView crossSite(HttpServletRequest request, HttpServletResponse response) {
		Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Optional<PublishedArticle> article = catalog.findPublished(String.valueOf(variables.get("slug")));
		CommentForm form = new CommentForm(request.getParameter("name"), request.getParameter("email"),
				request.getParameter("body"), request.getParameter("consent"), request.getParameter("parentId"), "",
				request.getParameter("started"), request.getParameter("notifyMe"), request.getParameter("rememberMe"))
			.trimmed();
		if (article.isEmpty()) {
			return ErrorPages.crossSitePage(form.body(), site);
		}
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("site", site);
		String view = show(article.get(), form, parent(article.get(), form), null, "comment.crossSite",
				HttpStatus.FORBIDDEN, model, response);
		return new ModelAndView(view, model, HttpStatus.FORBIDDEN);
	}

	/**
	 * Back to the thread, landing on the new comment with the thanks beside it. A writer
	 * whose words suggest they may be in crisis lands on the support box, which takes the
	 * focus: at the top of their held comment, where it stays while the comment waits, or
	 * at the top of the comments if the comment is not shown.
	 */
	String afterPosting(String slug, CommentPosting.Outcome.Posted posted, RedirectAttributes redirect) {
		redirect.addFlashAttribute("commentNotice",
				posted.status() == CommentStatus.PUBLISHED ? "comment.thanks.published" : "comment.thanks");
		redirect.addFlashAttribute(CommentController.NOTICE_FOR, posted.commentId());
		String anchor = "#comment-" + posted.commentId();
		if (posted.flags().contains(CommentFlag.SIDE_EFFECT)) {
			redirect.addFlashAttribute("commentSideEffect", "true");
		}
		if (posted.flags().contains(CommentFlag.CRISIS)) {
			redirect.addFlashAttribute("commentCrisis", "true");
			anchor = posted.status() == CommentStatus.HELD ? "#crisis-support-" + posted.commentId()
					: "#crisis-support";
		}
		int page = threads.locate(posted.commentId()).map(CommentThreads.Located::page).orElse(1);
		return "redirect:" + ThreadLinks.url(slug, page) + anchor;
	}

}
