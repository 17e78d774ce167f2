package org.painwise.site.comments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleMedicines;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.painwise.site.shared.CrossSiteRequestRefused;
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
 * Posting comments and replies, and the reply page for readers without JavaScript. A
 * published comment's own addresses are {@link PublishedCommentController}'s.
 */
@Controller
@RequiredArgsConstructor
class CommentController {

	/** Where comments and replies are posted. */
	static final String COMMENTS = "/articles/{slug}/comments";

	/**
	 * The site key of the steady address hash a comment keeps for 48 hours, for a
	 * moderator's block.
	 */
	private static final String ADDRESS_KEY = "comment-address";

	/**
	 * The flash attribute naming the comment a confirmation belongs to, so it is shown
	 * beside it.
	 */
	static final String NOTICE_FOR = "noticeFor";

	static final String COMMENT_NOT_FOUND = "error.comment.not-found";

	private final CommentPosting posting;

	private final CommentThreads threads;

	private final CommentFormValidator validator;

	private final CommentingPolicy policy;

	private final VisitorCookie visitorCookie;

	private final VisitorAddress visitorAddress;

	private final MessageSource messages;

	private final ArticleMedicines medicines;

	private final CommentFormPage page;

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "email", "body", "consent", "parentId", "website", "started", "notifyMe",
				"rememberMe");
	}

	@InitBinder("experience")
	void allowOnlyExperienceFields(WebDataBinder binder) {
		binder.setAllowedFields("takenFor", "helped", "sideEffects", "otherSideEffects");
	}

	@PostMapping(COMMENTS)
	String post(@PathVariable String slug, @ModelAttribute("form") CommentForm sent,
			@ModelAttribute("experience") ExperienceForm experience, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		PublishedArticle article = page.article(slug);
		List<String> offered = medicines.sideEffectsOf(article.id()).orElse(null);
		model.addAttribute("medicine", offered);
		CommentForm form = sent.trimmed();
		Optional<CommentView> parent = page.parent(article, form);

		if (!policy.closureOf(article).isOpen()) {
			return page.show(article, form, parent, null, "comment.closed", HttpStatus.CONFLICT, model, response);
		}
		// other side effects in the reader's words go into the comment, where everyone
		// can read them
		CommentForm sending = offered == null || experience.getOtherSideEffects().isEmpty() ? form
				: form
					.withBody(form.body() + "\n\n" + messages.getMessage("comment.experience.otherInBody", null, locale)
							+ " " + experience.getOtherSideEffects());
		BindingResult errors = new BeanPropertyBindingResult(sending, "form");
		validator.validate(sending, errors);
		if (errors.hasErrors()) {
			return page.show(article, form, parent, errors, null, HttpStatus.BAD_REQUEST, model, response);
		}

		String visitor = visitorCookie.findOrCreate(request, response);
		CommentPosting.Visitor who = new CommentPosting.Visitor(visitor, visitorAddress.hashOf(request),
				visitorAddress.steadyHashOf(request, ADDRESS_KEY));
		CommentPosting.Outcome outcome = posting.post(article, sending, who,
				offered == null ? null : experience.kept(offered), offered == null ? List.of() : offered);
		if (outcome instanceof CommentPosting.Outcome.Posted posted) {
			return page.afterPosting(slug, posted, redirect);
		}
		if (outcome instanceof CommentPosting.Outcome.Duplicate) {
			return page.show(article, form, parent, null, "comment.duplicate", HttpStatus.CONFLICT, model, response);
		}
		if (outcome instanceof CommentPosting.Outcome.TooMany tooMany) {
			return page.tooMany(article, form, parent, tooMany.retryAt(), model, response);
		}
		if (outcome instanceof CommentPosting.Outcome.Blocked) {
			return page.show(article, form, parent, null, "comment.blocked", HttpStatus.FORBIDDEN, model, response);
		}
		if (outcome instanceof CommentPosting.Outcome.ParentNotFound) {
			return page.show(article, form, Optional.empty(), null, "comment.parentGone", HttpStatus.CONFLICT, model,
					response);
		}
		return page.show(article, form, parent, null, "comment.closed", HttpStatus.CONFLICT, model, response);
	}

	/** The reply form on a page of its own, for readers without JavaScript. */
	@GetMapping("/articles/{slug}/comments/{id}/reply")
	String replyPage(@PathVariable String slug, @PathVariable long id, Model model, HttpServletResponse response) {
		PublishedArticle article = page.article(slug);
		CommentView parent = threads.published(article.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, COMMENT_NOT_FOUND));
		return page.show(article, CommentForm.empty(parent.id(), ""), Optional.of(parent), null, null, HttpStatus.OK,
				model, response);
	}

	/**
	 * A comment sent from another site: nothing is saved, and the writer gets their words
	 * back in the form, ready to send again from here.
	 */
	@ExceptionHandler(CrossSiteRequestRefused.class)
	ModelAndView crossSite(HttpServletRequest request, HttpServletResponse response) {
		return page.crossSite(request, response);
	}

}
