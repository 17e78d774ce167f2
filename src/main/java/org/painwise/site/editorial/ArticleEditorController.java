package org.painwise.site.editorial;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The article editor. Every button of the editor posts the whole form back, so preview,
 * reordering and image upload work without JavaScript and never lose what the editor
 * typed; a save that would overwrite someone else's newer save is a 409 page with both
 * versions side by side.
 */
@Controller
@EditorOrAdmin
@RequestMapping("/staff/articles")
@RequiredArgsConstructor
class ArticleEditorController {

	private final EditorialDesk desk;

	private final ArticleEditorPage page;

	private final ArticleFormValidator validator;

	private final ImageStore images;

	@InitBinder("article")
	void bindArticle(WebDataBinder binder) {
		binder.setAllowedFields("version", "title", "slug", "standfirst", "body", "authorId", "reviewerId", "topicIds",
				"references*", "faqs*", "disclaimer", "commentsOpen", "imageAlt", "alternativeNames", "misspellings");
		binder.setAutoGrowCollectionLimit(ArticleForm.MAX_ROWS);
	}

	@GetMapping("/new")
	String newArticle(Model model) {
		return page.show(model, null, new ArticleForm(), null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		EditableArticle article = page.article(id);
		return page.show(model, article, ArticleForm.of(article), null);
	}

	@PostMapping
	String create(@CurrentStaff StaffMember editor, @ModelAttribute("article") ArticleForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") EditorAction action,
			@RequestParam(required = false) MultipartFile imageFile, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return handle(editor, null, form, errors, action, imageFile, model, request, response, redirect, locale);
	}

	@PostMapping("/{id}")
	String update(@CurrentStaff StaffMember editor, @PathVariable long id, @ModelAttribute("article") ArticleForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") EditorAction action,
			@RequestParam(required = false) MultipartFile imageFile, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		EditableArticle article = page.article(id);
		return handle(editor, article, form, errors, action, imageFile, model, request, response, redirect, locale);
	}

	/**
	 * The preview alone, for the editor's script: the same HTML the preview button shows.
	 */
	@PostMapping("/preview")
	String preview(@ModelAttribute("article") ArticleForm form, Model model, Locale locale) {
		page.addPreview(model, form, locale);
		return ArticleEditorPage.VIEW + " :: preview";
	}

	private String handle(StaffMember editor, EditableArticle article, ArticleForm form, BindingResult errors,
			EditorAction action, MultipartFile imageFile, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		if (request.getAttribute(ArticleFormRows.LEFT_OUT) != null) {
			errors.reject("editorial.tooManyRows", new Object[] { ArticleForm.MAX_ROWS }, null);
		}
		form.slugFromTitleIfEmpty();
		if (action instanceof EditorAction.RowChange row) {
			row.applyTo(form, ArticleForm.MAX_ROWS);
			return page.show(model, article, form, null);
		}
		switch ((EditorAction.Button) action) {
			case PREVIEW:
				page.addPreview(model, form, locale);
				return page.show(model, article, form, null);
			case UPLOAD:
				return upload(editor, article, form, errors, imageFile, model, response, locale);
			default:
				boolean review = action == EditorAction.Button.REVIEW;
				return save(editor, article, form, errors, review, model, response, redirect, locale);
		}
	}

	private String save(StaffMember editor, EditableArticle article, ArticleForm form, BindingResult errors,
			boolean review, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		validator.validate(form, errors, article == null ? null : article.id());
		if (review && article == null) {
			errors.reject("editorial.review.firstSave");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.show(model, article, form, null);
		}
		ArticleContent content = form.toContent();
		try {
			long id;
			if (article == null) {
				id = desk.create(editor, content);
			}
			else if (review) {
				desk.saveAndMarkReviewed(editor, article.id(), form.getVersion(), content);
				id = article.id();
			}
			else {
				desk.save(editor, article.id(), form.getVersion(), content);
				id = article.id();
			}
			page.flashRemovals(redirect, content.bodyMarkdown(), locale);
			String code = article == null ? "editorial.created" : review ? "editorial.reviewed" : "editorial.saved";
			return page.done(redirect, id, code, locale, content.title());
		}
		catch (ArticleEditing.SlugTaken ex) {
			errors.rejectValue("slug", "editorial.slug.taken");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page.show(model, article, form, null);
		}
		catch (ArticleEditing.ChangedMeanwhile ex) {
			return conflict(model, ex.current(), form, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(model, page.article(article.id()), form, response);
		}
	}

	/**
	 * The editor again, with the editor's own text, the saved article's changes, and the
	 * newer version number.
	 */
	private String conflict(Model model, EditableArticle current, ArticleForm form, HttpServletResponse response) {
		var changes = ArticleChanges.between(current.content(), form.toContent());
		// saving again from this page is a deliberate choice to keep this text over the
		// newer one
		form.setVersion(current.version());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return page.show(model, current, form, changes);
	}

	private String upload(StaffMember editor, EditableArticle article, ArticleForm form, BindingResult errors,
			MultipartFile imageFile, Model model, HttpServletResponse response, Locale locale) {
		try {
			byte[] data = imageFile == null || imageFile.isEmpty() ? null : imageFile.getBytes();
			long imageId = images.store(data, form.getImageAlt(), editor.id());
			form.showImage(imageId);
			model.addAttribute("notice", page.message("editorial.image.added", new Object[] { imageId }, locale));
		}
		catch (ImageStore.Refused ex) {
			errors.rejectValue(ex.field(), ex.messageCode(), ex.args(), null);
			response.setStatus(ex.status().value());
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.editorial.image-unreadable", ex);
		}
		return page.show(model, article, form, null);
	}

}
