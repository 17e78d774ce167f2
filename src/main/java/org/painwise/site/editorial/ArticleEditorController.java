package org.painwise.site.editorial;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.articles.PersonDetails;
import org.painwise.site.articles.TopicDetails;
import org.painwise.site.shared.Markdown;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
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
 * The staff article list and the article editor. Every button of the editor posts the whole form
 * back, so preview, reordering and image upload work without JavaScript and never lose what the
 * editor typed; a save that would overwrite someone else's newer save is a 409 page with both
 * versions side by side.
 */
@Controller
@EditorOrAdmin
@RequestMapping("/staff/articles")
class ArticleEditorController {

	static final String LIST = "editorial/articles";

	static final String EDITOR = "editorial/editor";

	private static final Pattern ROW_ACTION = Pattern.compile("(ref|faq)-(add|up|down|remove)(?:-([0-9]{1,3}))?");

	static final int MAX_ROWS = 100;

	/** The most characters of other names, or of misspellings, an article may have. */
	private static final int MAX_NAMES_LENGTH = 500;

	private final ArticleEditing editing;

	private final EditorialDesk desk;

	private final ImageStore images;

	private final Markdown markdown;

	private final EditorialProperties properties;

	private final MessageSource messages;

	ArticleEditorController(ArticleEditing editing, EditorialDesk desk, ImageStore images, Markdown markdown,
			EditorialProperties properties, MessageSource messages) {
		this.editing = editing;
		this.desk = desk;
		this.images = images;
		this.markdown = markdown;
		this.properties = properties;
		this.messages = messages;
	}

	@InitBinder("article")
	void bindArticle(WebDataBinder binder) {
		binder.setAllowedFields("version", "title", "slug", "standfirst", "body", "authorId", "reviewerId",
				"topicIds", "references*", "faqs*", "disclaimer", "commentsOpen", "imageAlt",
				"alternativeNames", "misspellings");
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
	}

	/** Whether the form named a reference or question row past the limit, which was left out. */
	private static boolean rowsPastTheLimit(HttpServletRequest request) {
		return request.getAttribute(ArticleFormRows.LEFT_OUT) != null;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String overdue,
			Model model) {
		ArticleStatus chosenStatus = parseStatus(status);
		String chosenTopic = ArticleCatalog.isPlausibleSlug(topic) ? topic : null;
		ArticleEditing.StaffOrder order = ArticleEditing.StaffOrder.fromParameter(sort);
		boolean overdueOnly = "yes".equals(overdue);
		model.addAttribute("rows",
				editing.list(chosenStatus, chosenTopic, overdueOnly ? desk.today() : null, order));
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("orders", ArticleEditing.StaffOrder.values());
		model.addAttribute("topics", editing.topics());
		model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
		model.addAttribute("topic", chosenTopic == null ? "" : chosenTopic);
		model.addAttribute("sort", order.parameter());
		model.addAttribute("overdueOnly", overdueOnly);
		model.addAttribute("today", desk.today());
		return LIST;
	}

	@GetMapping("/new")
	String newArticle(Model model) {
		ArticleForm form = new ArticleForm();
		return editor(model, null, form, null);
	}

	@GetMapping("/{id:[0-9]{1,18}}")
	String edit(@PathVariable long id, Model model) {
		EditableArticle article = load(id);
		return editor(model, article, ArticleForm.of(article), null);
	}

	@PostMapping
	String create(@CurrentStaff StaffMember editor, @ModelAttribute("article") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "imageFile", required = false) MultipartFile imageFile, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		if (rowsPastTheLimit(request)) {
			errors.reject("editorial.tooManyRows", new Object[] { MAX_ROWS }, null);
		}
		return handle(editor, null, form, errors, action, imageFile, model, response, redirect, locale);
	}

	@PostMapping("/{id:[0-9]{1,18}}")
	String update(@CurrentStaff StaffMember editor, @PathVariable long id, @ModelAttribute("article") ArticleForm form,
			BindingResult errors, @RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "imageFile", required = false) MultipartFile imageFile, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		load(id);
		if (rowsPastTheLimit(request)) {
			errors.reject("editorial.tooManyRows", new Object[] { MAX_ROWS }, null);
		}
		return handle(editor, id, form, errors, action, imageFile, model, response, redirect, locale);
	}

	/** The preview alone, for the editor's script: the same HTML the preview button shows. */
	@PostMapping("/preview")
	String preview(@ModelAttribute("article") ArticleForm form, Model model, Locale locale) {
		addPreview(model, form, locale);
		return EDITOR + " :: preview";
	}

	@PostMapping("/{id:[0-9]{1,18}}/publish")
	String publish(@CurrentStaff StaffMember editor, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		EditableArticle article = desk.publish(editor, id);
		return done(redirect, id, "editorial.published", locale, article.content().title());
	}

	@PostMapping("/{id:[0-9]{1,18}}/unpublish")
	String unpublish(@CurrentStaff StaffMember editor, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		EditableArticle article = desk.unpublish(editor, id);
		return done(redirect, id, "editorial.unpublished", locale, article.content().title());
	}

	@PostMapping("/{id:[0-9]{1,18}}/archive")
	String archive(@CurrentStaff StaffMember editor, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		EditableArticle article = desk.archive(editor, id);
		return done(redirect, id, "editorial.archived", locale, article.content().title());
	}

	private String handle(StaffMember editor, Long id, ArticleForm form, BindingResult errors, String action,
			MultipartFile imageFile, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		EditableArticle article = id == null ? null : load(id);
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			form.setSlug(Markdown.slugOf(form.getTitle()));
		}
		Matcher row = ROW_ACTION.matcher(action);
		if (row.matches()) {
			moveRow(form, row.group(1), row.group(2), row.group(3));
			return editor(model, article, form, null);
		}
		switch (action) {
			case "preview":
				addPreview(model, form, locale);
				return editor(model, article, form, null);
			case "upload":
				return upload(editor, article, form, errors, imageFile, model, response, locale);
			case "save", "review":
				return save(editor, article, form, errors, "review".equals(action), model, response, redirect,
						locale);
			default:
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "That button is not one of the editor's.");
		}
	}

	private String save(StaffMember editor, EditableArticle article, ArticleForm form, BindingResult errors,
			boolean review, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		validate(form, article == null ? null : article.id(), errors);
		if (review && article == null) {
			errors.reject("editorial.review.firstSave");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editor(model, article, form, null);
		}
		ArticleContent content = form.toContent();
		Markdown.Checked checked = markdown.check(content.bodyMarkdown());
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
			redirect.addFlashAttribute("removals", removalMessages(checked.removals(), locale));
			String code = article == null ? "editorial.created" : review ? "editorial.reviewed" : "editorial.saved";
			return done(redirect, id, code, locale, content.title());
		}
		catch (ArticleEditing.SlugTaken ex) {
			errors.rejectValue("slug", "editorial.slug.taken");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return editor(model, article, form, null);
		}
		catch (ArticleEditing.ChangedMeanwhile ex) {
			return conflict(model, ex.current(), form, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(model, load(article.id()), form, response);
		}
	}

	/** The editor again, with the editor's own text, the saved article's changes, and the newer version number. */
	private String conflict(Model model, EditableArticle current, ArticleForm form, HttpServletResponse response) {
		List<Change> changes = new ArrayList<>();
		ArticleContent saved = current.content();
		ArticleContent yours = form.toContent();
		compare(changes, "editorial.title", saved.title(), yours.title());
		compare(changes, "editorial.slug", saved.slug(), yours.slug());
		compare(changes, "editorial.standfirst", saved.standfirst(), yours.standfirst());
		compare(changes, "editorial.body", saved.bodyMarkdown(), yours.bodyMarkdown());
		compare(changes, "editorial.references", saved.references().stream().map(r -> r.text() + " " + (r.url() == null ? "" : r.url())).toList(),
				yours.references().stream().map(r -> r.text() + " " + (r.url() == null ? "" : r.url())).toList());
		compare(changes, "editorial.faqs", saved.faqs().stream().map(f -> f.question() + " — " + f.answer()).toList(),
				yours.faqs().stream().map(f -> f.question() + " — " + f.answer()).toList());
		compare(changes, "editorial.disclaimer", nullToEmpty(saved.disclaimer()), nullToEmpty(yours.disclaimer()));
		compare(changes, "editorial.alternativeNames", String.join(", ", saved.alternativeNames()),
				String.join(", ", yours.alternativeNames()));
		compare(changes, "editorial.misspellings", String.join(", ", saved.misspellings()),
				String.join(", ", yours.misspellings()));
		// saving again from this page is a deliberate choice to keep this text over the newer one
		form.setVersion(current.version());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return editor(model, current, form, changes);
	}

	/** A field that differs between the saved article and the editor's text. */
	record Change(String labelCode, List<LineDiff.Line> lines) {
	}

	private static void compare(List<Change> changes, String label, List<String> saved, List<String> yours) {
		compare(changes, label, String.join("\n", saved), String.join("\n", yours));
	}

	private static void compare(List<Change> changes, String label, String saved, String yours) {
		if (!saved.equals(yours)) {
			changes.add(new Change(label, LineDiff.between(saved, yours)));
		}
	}

	private String upload(StaffMember editor, EditableArticle article, ArticleForm form, BindingResult errors,
			MultipartFile imageFile, Model model, HttpServletResponse response, Locale locale) {
		try {
			byte[] data = imageFile == null || imageFile.isEmpty() ? null : imageFile.getBytes();
			long imageId = images.store(data, form.getImageAlt(), editor.id());
			String alt = form.getImageAlt().strip().replace("[", "").replace("]", "");
			String body = form.getBody() == null ? "" : form.getBody().stripTrailing();
			form.setBody((body.isEmpty() ? "" : body + "\n\n") + "![" + alt + "](/images/" + imageId + ")\n");
			form.setImageAlt("");
			model.addAttribute("notice", messages.getMessage("editorial.image.added", new Object[] { imageId }, locale));
			return editor(model, article, form, null);
		}
		catch (ImageStore.Refused ex) {
			errors.rejectValue(ex.messageCode().equals("editorial.image.altMissing") ? "imageAlt" : "imageFile",
					ex.messageCode(), ex.args(), null);
			response.setStatus(switch (ex.messageCode()) {
				case "editorial.image.tooLarge" -> HttpStatus.CONTENT_TOO_LARGE.value();
				case "editorial.image.wrongType" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
				default -> HttpStatus.BAD_REQUEST.value();
			});
			return editor(model, article, form, null);
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The image could not be read.", ex);
		}
	}

	private void validate(ArticleForm form, Long articleId, BindingResult errors) {
		if (isBlank(form.getTitle())) {
			errors.rejectValue("title", "editorial.title.required");
		}
		else if (form.getTitle().strip().length() > 200) {
			errors.rejectValue("title", "editorial.title.tooLong");
		}
		String slug = form.getSlug() == null ? "" : form.getSlug().strip();
		if (!ArticleCatalog.isPlausibleSlug(slug)) {
			errors.rejectValue("slug", "editorial.slug.invalid");
		}
		else if (editing.isSlugTaken(slug, articleId)) {
			errors.rejectValue("slug", "editorial.slug.taken");
		}
		if (form.getAlternativeNames() != null && form.getAlternativeNames().length() > MAX_NAMES_LENGTH) {
			errors.rejectValue("alternativeNames", "editorial.alternativeNames.tooLong");
		}
		if (form.getMisspellings() != null && form.getMisspellings().length() > MAX_NAMES_LENGTH) {
			errors.rejectValue("misspellings", "editorial.misspellings.tooLong");
		}
		if (isBlank(form.getStandfirst())) {
			errors.rejectValue("standfirst", "editorial.standfirst.required");
		}
		if (isBlank(form.getBody())) {
			errors.rejectValue("body", "editorial.body.required");
		}
		else {
			for (Markdown.ImageReference image : markdown.check(form.getBody()).images()) {
				if (image.alt().isBlank()) {
					errors.rejectValue("body", "editorial.body.imageAlt");
					break;
				}
				if (!Markdown.SITE_IMAGE.matcher(image.src()).matches()) {
					errors.rejectValue("body", "editorial.body.imageSource");
					break;
				}
			}
		}
		List<Long> people = editing.people().stream().map(PersonDetails::id).toList();
		if (form.getAuthorId() == null || !people.contains(form.getAuthorId())) {
			errors.rejectValue("authorId", "editorial.author.required");
		}
		if (form.getReviewerId() == null || !people.contains(form.getReviewerId())) {
			errors.rejectValue("reviewerId", "editorial.reviewer.required");
		}
		List<Long> topicIds = editing.topics().stream().map(TopicDetails::id).toList();
		if (form.getTopicIds() != null && !topicIds.containsAll(form.getTopicIds())) {
			errors.rejectValue("topicIds", "editorial.topics.unknown");
		}
		for (int i = 0; i < form.getReferences().size(); i++) {
			ArticleForm.ReferenceRow ref = form.getReferences().get(i);
			if (ref.isBlank()) {
				continue;
			}
			if (isBlank(ref.getText())) {
				errors.rejectValue("references[" + i + "].text", "editorial.reference.textRequired");
			}
			if (!isBlank(ref.getUrl()) && !isWebAddress(ref.getUrl().strip())) {
				errors.rejectValue("references[" + i + "].url", "editorial.reference.url.invalid");
			}
		}
		for (int i = 0; i < form.getFaqs().size(); i++) {
			ArticleForm.FaqRow faq = form.getFaqs().get(i);
			if (faq.isBlank()) {
				continue;
			}
			if (isBlank(faq.getQuestion())) {
				errors.rejectValue("faqs[" + i + "].question", "editorial.faq.questionRequired");
			}
			if (isBlank(faq.getAnswer())) {
				errors.rejectValue("faqs[" + i + "].answer", "editorial.faq.answerRequired");
			}
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void moveRow(ArticleForm form, String list, String move, String indexText) {
		List<?> rows = "ref".equals(list) ? form.getReferences() : form.getFaqs();
		int index = indexText == null ? -1 : Integer.parseInt(indexText);
		switch (move) {
			case "add" -> {
				if (rows.size() < MAX_ROWS) {
					if ("ref".equals(list)) {
						form.getReferences().add(new ArticleForm.ReferenceRow());
					}
					else {
						form.getFaqs().add(new ArticleForm.FaqRow());
					}
				}
			}
			case "up" -> {
				if (index > 0 && index < rows.size()) {
					Collections.swap(rows, index, index - 1);
				}
			}
			case "down" -> {
				if (index >= 0 && index < rows.size() - 1) {
					Collections.swap(rows, index, index + 1);
				}
			}
			case "remove" -> {
				if (index >= 0 && index < rows.size()) {
					rows.remove(index);
				}
			}
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private void addPreview(Model model, ArticleForm form, Locale locale) {
		Markdown.Checked checked = markdown.check(form.getBody());
		model.addAttribute("preview", checked.rendered());
		model.addAttribute("previewRemovals", removalMessages(checked.removals(), locale));
		model.addAttribute("previewTitle", form.getTitle());
		model.addAttribute("previewStandfirst", form.getStandfirst());
		model.addAttribute("readability", Readability.ofMarkdown(form.getBody()));
		model.addAttribute("hardToReadBelow", properties.hardToReadBelow());
	}

	private List<String> removalMessages(List<Markdown.Removal> removals, Locale locale) {
		return removals.stream()
			.map(r -> messages.getMessage("editorial.removed." + r.kind(), new Object[] { r.what(), r.element() },
					locale))
			.distinct()
			.toList();
	}

	private String editor(Model model, EditableArticle article, ArticleForm form, List<Change> conflict) {
		model.addAttribute("article", form);
		model.addAttribute("saved", article);
		model.addAttribute("people", editing.people());
		model.addAttribute("topics", editing.topics());
		model.addAttribute("conflict", conflict);
		model.addAttribute("readability", Readability.ofMarkdown(form.getBody()));
		model.addAttribute("hardToReadBelow", properties.hardToReadBelow());
		model.addAttribute("maxImageSize", properties.maxImageSize().toKilobytes());
		model.addAttribute("reviewYears", properties.reviewPeriod().getYears());
		if (article != null && article.status() == ArticleStatus.PUBLISHED) {
			model.addAttribute("publicUrl", "/articles/" + article.content().slug());
		}
		return EDITOR;
	}

	private String done(RedirectAttributes redirect, long id, String code, Locale locale, String title) {
		redirect.addFlashAttribute("flash", messages.getMessage(code, new Object[] { title }, locale));
		return "redirect:/staff/articles/" + id;
	}

	private EditableArticle load(long id) {
		return editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "We could not find that article."));
	}

	private static ArticleStatus parseStatus(String status) {
		for (ArticleStatus s : ArticleStatus.values()) {
			if (s.name().equals(status)) {
				return s;
			}
		}
		return null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
