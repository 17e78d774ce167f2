package org.painwise.site.feedback;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.shared.CrossSiteRequestRefused;
import org.painwise.site.shared.ErrorPages;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.shared.VisitorAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reader's answer to "Is this page useful?" and their problem reports. Both are plain
 * forms: after a post the reader is sent back to the feedback block on the article with a
 * thank-you; a report with mistakes, or one over the hourly limit, comes back on a page
 * of its own with the text as typed.
 */
@Controller
@RequiredArgsConstructor
class PageFeedbackController {

	/** Where problem reports are sent. */
	static final String PROBLEM = "/articles/{slug}/feedback/problem";

	/** Where the feedback block is on the article page. */
	static final String ANCHOR = "#page-feedback";

	private final ArticleCatalog catalog;

	private final PageFeedback feedback;

	private final VisitorAddress visitorAddress;

	private final SiteProperties site;

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("whatIsWrong", "replyEmail");
	}

	@PostMapping("/articles/{slug}/feedback")
	String answer(@PathVariable String slug, @RequestParam PageFeedback.Answer answer, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PublishedArticle article = article(slug);
		if (feedback.answer(article.id(), answer, visitorAddress.hashOf(request)) == PageFeedback.Outcome.TOO_MANY) {
			return refused(article, null, "feedback.tooMany", model, response);
		}
		redirect.addFlashAttribute("feedbackNotice", "feedback.thanks");
		redirect.addFlashAttribute("feedbackAnswer", answer.name());
		return "redirect:/articles/" + article.slug() + ANCHOR;
	}

	@PostMapping(PROBLEM)
	String report(@PathVariable String slug, @Valid @ModelAttribute("form") ProblemForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PublishedArticle article = article(slug);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(article, form, null, model);
		}
		if (feedback.report(article.id(), form, visitorAddress.hashOf(request)) == PageFeedback.Outcome.TOO_MANY) {
			return refused(article, form, "feedback.tooMany", model, response);
		}
		redirect.addFlashAttribute("feedbackNotice", "feedback.thanks");
		redirect.addFlashAttribute("feedbackAnswer", "PROBLEM");
		return "redirect:/articles/" + article.slug() + ANCHOR;
	}

	/**
	 * Feedback sent from another site: nothing is saved. A problem report comes back in
	 * its form with the text filled in; a yes or no has no text to keep.
	 */
	@ExceptionHandler(CrossSiteRequestRefused.class)
	ModelAndView crossSite(HttpServletRequest request, HttpServletResponse response) {
		Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Optional<PublishedArticle> article = catalog.findPublished(String.valueOf(variables.get("slug")));
		ProblemForm form = ProblemForm.empty();
		form.setWhatIsWrong(request.getParameter("whatIsWrong"));
		form.setReplyEmail(request.getParameter("replyEmail"));
		if (!PROBLEM.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
				|| article.isEmpty()) {
			return ErrorPages.crossSitePage(form.getWhatIsWrong(), site);
		}
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("site", site);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return new ModelAndView(page(article.get(), form, "feedback.crossSite", model), model, HttpStatus.FORBIDDEN);
	}

	private String refused(PublishedArticle article, ProblemForm form, String problem, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return page(article, form, problem, model);
	}

	/**
	 * The report form on a page of its own.
	 * @param form the report as typed, or null after an answer, which has no text to keep
	 * @param problem why nothing was kept, as a message key, or null
	 */
	private static String page(PublishedArticle article, ProblemForm form, String problem, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("form", form == null ? ProblemForm.empty() : form);
		model.addAttribute("keptText", form != null);
		model.addAttribute("problem", problem);
		// the layout starts the title with "Error:" for form errors on its own; a refusal
		// is one too
		if (problem != null) {
			model.addAttribute("formHasErrors", true);
		}
		model.addAttribute("maxLength", ProblemForm.MAX_LENGTH);
		return "feedback/problem";
	}

	private PublishedArticle article(String slug) {
		return catalog.findPublished(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.article.not-found"));
	}

}
