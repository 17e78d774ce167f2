package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.ArticleMedicines;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.painwise.site.shared.CrossSiteRequestRefused;
import org.painwise.site.shared.ErrorPages;
import org.painwise.site.shared.SiteProperties;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting comments and replies, and the reply page for readers without JavaScript. A published
 * comment's own addresses are {@link PublishedCommentController}'s.
 */
@Controller
class CommentController {

	/** Where comments and replies are posted. */
	static final String COMMENTS = "/articles/{slug}/comments";

	/** The site key of the steady address hash a comment keeps for 48 hours, for a moderator's block. */
	private static final String ADDRESS_KEY = "comment-address";

	/** The flash attribute naming the comment a confirmation belongs to, so it is shown beside it. */
	static final String NOTICE_FOR = "noticeFor";

	static final String COMMENT_NOT_FOUND = "error.comment.not-found";

	private final ArticleCatalog catalog;

	private final CommentPosting posting;

	private final CommentThreads threads;

	private final CommentFormValidator validator;

	private final CommentingPolicy policy;

	private final VisitorCookie visitorCookie;

	private final VisitorAddress visitorAddress;

	private final CommentProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	private final SiteProperties site;

	private final ArticleMedicines medicines;

	CommentController(ArticleCatalog catalog, CommentPosting posting, CommentThreads threads,
			CommentFormValidator validator, CommentingPolicy policy, VisitorCookie visitorCookie,
			VisitorAddress visitorAddress, CommentProperties properties, MessageSource messages, Clock clock, SiteProperties site,
			ArticleMedicines medicines) {
		this.medicines = medicines;
		this.catalog = catalog;
		this.posting = posting;
		this.threads = threads;
		this.validator = validator;
		this.policy = policy;
		this.visitorCookie = visitorCookie;
		this.visitorAddress = visitorAddress;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
		this.site = site;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "email", "body", "consent", "parentId", "website", "started", "notifyMe", "rememberMe");
	}

	@InitBinder("experience")
	void allowOnlyExperienceFields(WebDataBinder binder) {
		binder.setAllowedFields("takenFor", "helped", "sideEffects", "otherSideEffects");
	}

	@PostMapping(COMMENTS)
	String post(@PathVariable String slug, @ModelAttribute("form") CommentForm sent,
			@ModelAttribute("experience") ExperienceForm experience, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		PublishedArticle article = article(slug);
		List<String> offered = medicines.sideEffectsOf(article.id()).orElse(null);
		model.addAttribute("medicine", offered);
		CommentForm form = sent.trimmed();
		Optional<CommentView> parent = Optional.ofNullable(form.parent())
			.flatMap(id -> threads.published(article.id(), id));

		if (!policy.closureOf(article).isOpen()) {
			return formPage(article, form, parent, null, "comment.closed", HttpStatus.CONFLICT, model, response);
		}
		// other side effects in the reader's words go into the comment, where everyone can read them
		CommentForm sending = offered == null || experience.getOtherSideEffects().isEmpty() ? form
				: form.withBody(form.body() + "\n\n" + messages.getMessage("comment.experience.otherInBody", null, locale)
						+ " " + experience.getOtherSideEffects());
		BindingResult errors = new BeanPropertyBindingResult(sending, "form");
		validator.validate(sending, errors);
		if (errors.hasErrors()) {
			return formPage(article, form, parent, errors, null, HttpStatus.BAD_REQUEST, model, response);
		}

		String visitor = visitorCookie.findOrCreate(request, response);
		CommentPosting.Visitor who = new CommentPosting.Visitor(visitor, visitorAddress.hashOf(request),
				visitorAddress.steadyHashOf(request, ADDRESS_KEY));
		CommentPosting.Outcome outcome = posting.post(article, sending, who,
				offered == null ? null : experience.kept(offered), offered == null ? List.of() : offered);
		if (outcome instanceof CommentPosting.Outcome.Posted posted) {
			return afterPosting(slug, posted, redirect);
		}
		if (outcome instanceof CommentPosting.Outcome.Duplicate) {
			return formPage(article, form, parent, null, "comment.duplicate", HttpStatus.CONFLICT, model, response);
		}
		if (outcome instanceof CommentPosting.Outcome.TooMany tooMany) {
			Duration wait = Duration.between(clock.instant(), tooMany.retryAt());
			long seconds = Math.max(1, wait.toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			model.addAttribute("retryAt", tooMany.retryAt().atZone(clock.getZone()));
			model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
			return formPage(article, form, parent, null, "comment.tooMany", HttpStatus.TOO_MANY_REQUESTS, model,
					response);
		}
		if (outcome instanceof CommentPosting.Outcome.Blocked) {
			return formPage(article, form, parent, null, "comment.blocked", HttpStatus.FORBIDDEN, model, response);
		}
		if (outcome instanceof CommentPosting.Outcome.ParentNotFound) {
			return formPage(article, form, Optional.empty(), null, "comment.parentGone", HttpStatus.CONFLICT, model,
					response);
		}
		return formPage(article, form, parent, null, "comment.closed", HttpStatus.CONFLICT, model, response);
	}

	/**
	 * Back to the thread, landing on the new comment with the thanks beside it. A writer whose
	 * words suggest they may be in crisis lands on the support box, which takes the focus: at the
	 * top of their held comment, where it stays while the comment waits, or at the top of the
	 * comments if the comment is not shown.
	 */
	private String afterPosting(String slug, CommentPosting.Outcome.Posted posted, RedirectAttributes redirect) {
		redirect.addFlashAttribute("commentNotice",
				posted.status() == CommentStatus.PUBLISHED ? "comment.thanks.published" : "comment.thanks");
		redirect.addFlashAttribute(NOTICE_FOR, posted.commentId());
		String anchor = "#comment-" + posted.commentId();
		if (posted.flags().contains(CommentFlag.SIDE_EFFECT)) {
			redirect.addFlashAttribute("commentSideEffect", "true");
		}
		if (posted.flags().contains(CommentFlag.CRISIS)) {
			redirect.addFlashAttribute("commentCrisis", "true");
			anchor = posted.status() == CommentStatus.HELD ? "#crisis-support-" + posted.commentId() : "#crisis-support";
		}
		int page = threads.locate(posted.commentId()).map(CommentThreads.Located::page).orElse(1);
		return "redirect:" + ThreadLinks.url(slug, page) + anchor;
	}

	/** The reply form on a page of its own, for readers without JavaScript. */
	@GetMapping("/articles/{slug}/comments/{id}/reply")
	String replyPage(@PathVariable String slug, @PathVariable long id, Model model, HttpServletResponse response) {
		PublishedArticle article = article(slug);
		CommentView parent = threads.published(article.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, COMMENT_NOT_FOUND));
		return formPage(article, CommentForm.empty(parent.id(), ""), Optional.of(parent), null, null, HttpStatus.OK,
				model, response);
	}

	/**
	 * A comment sent from another site: nothing is saved, and the writer gets their words back in
	 * the form, ready to send again from here.
	 */
	@ExceptionHandler(CrossSiteRequestRefused.class)
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
		Optional<CommentView> parent = Optional.ofNullable(form.parent())
			.flatMap(id -> threads.published(article.get().id(), id));
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("site", site);
		String view = formPage(article.get(), form, parent, null, "comment.crossSite", HttpStatus.FORBIDDEN, model,
				response);
		return new ModelAndView(view, model, HttpStatus.FORBIDDEN);
	}

	/**
	 * The comment form on a page of its own, with the visitor's text as they typed it.
	 * @param errors what is wrong with the form, or null when nothing is
	 * @param problem the message key of why the comment was not posted, or null
	 */
	private String formPage(PublishedArticle article, CommentForm form, Optional<CommentView> parent,
			BindingResult errors, String problem, HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("parent", parent.orElse(null));
		model.addAttribute("problem", problem);
		model.addAttribute("crisis", posting.mayBeInCrisis(form.body()));
		// the layout starts the title with "Error:" (a refusal is no field error it can see)
		model.addAttribute("formHasErrors", (errors != null && errors.hasErrors()) || problem != null);
		model.addAttribute("open", policy.closureOf(article).isOpen());
		model.addAttribute("limits", properties);
		if (!model.containsAttribute("medicine")) {
			model.addAttribute("medicine", medicines.sideEffectsOf(article.id()).orElse(null));
		}
		if (!model.containsAttribute("experience")) {
			model.addAttribute("experience", new ExperienceForm());
		}
		return "comments/form";
	}

	private PublishedArticle article(String slug) {
		return catalog.findPublished(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.article.not-found"));
	}

}
