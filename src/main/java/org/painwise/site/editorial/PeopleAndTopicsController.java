package org.painwise.site.editorial;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.PersonDetails;
import org.painwise.site.articles.TopicDetails;
import org.painwise.site.shared.Markdown;
import org.painwise.site.staff.EditorOrAdmin;
import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people who write and check articles, and the topics articles belong to. */
@Controller
@EditorOrAdmin
class PeopleAndTopicsController {

	private final ArticleEditing editing;

	private final MessageSource messages;

	PeopleAndTopicsController(ArticleEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	/** A person as the form holds them. */
	public static class PersonForm {

		private String name = "";

		private String credentials = "";

		private String bio = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCredentials() {
			return credentials;
		}

		public void setCredentials(String credentials) {
			this.credentials = credentials;
		}

		public String getBio() {
			return bio;
		}

		public void setBio(String bio) {
			this.bio = bio;
		}

	}

	/** A topic as the form holds it. */
	public static class TopicForm {

		private String name = "";

		private String slug = "";

		private String description = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getSlug() {
			return slug;
		}

		public void setSlug(String slug) {
			this.slug = slug;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	@InitBinder("person")
	void bindPerson(WebDataBinder binder) {
		binder.setAllowedFields("name", "credentials", "bio");
	}

	@InitBinder("topic")
	void bindTopic(WebDataBinder binder) {
		binder.setAllowedFields("name", "slug", "description");
	}

	@GetMapping("/staff/people")
	String people(Model model) {
		model.addAttribute("people", editing.people());
		return "editorial/people";
	}

	@GetMapping("/staff/people/new")
	String newPerson(Model model) {
		return personPage(model, null, new PersonForm());
	}

	@GetMapping("/staff/people/{id:[0-9]{1,18}}")
	String person(@PathVariable long id, Model model) {
		PersonDetails person = editing.findPerson(id).orElseThrow(PeopleAndTopicsController::notFound);
		PersonForm form = new PersonForm();
		form.setName(person.name());
		form.setCredentials(person.credentials());
		form.setBio(person.bio());
		return personPage(model, id, form);
	}

	@PostMapping({ "/staff/people", "/staff/people/{id:[0-9]{1,18}}" })
	String savePerson(@PathVariable(required = false) Long id, @ModelAttribute("person") PersonForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		if (id != null) {
			editing.findPerson(id).orElseThrow(PeopleAndTopicsController::notFound);
		}
		required(form.getName(), "name", 120, errors);
		required(form.getCredentials(), "credentials", 200, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return personPage(model, id, form);
		}
		editing.savePerson(new PersonDetails(id, form.getName().strip(), form.getCredentials().strip(),
				form.getBio() == null ? "" : form.getBio().strip()));
		redirect.addFlashAttribute("flash",
				messages.getMessage("editorial.person.saved", new Object[] { form.getName().strip() }, locale));
		return "redirect:/staff/people";
	}

	@GetMapping("/staff/topics")
	String topics(Model model) {
		model.addAttribute("topics", editing.topics());
		return "editorial/topics";
	}

	@GetMapping("/staff/topics/new")
	String newTopic(Model model) {
		return topicPage(model, null, new TopicForm());
	}

	@GetMapping("/staff/topics/{id:[0-9]{1,18}}")
	String topic(@PathVariable long id, Model model) {
		TopicDetails topic = editing.topic(id).orElseThrow(PeopleAndTopicsController::notFound);
		TopicForm form = new TopicForm();
		form.setName(topic.name());
		form.setSlug(topic.slug());
		form.setDescription(topic.description());
		return topicPage(model, id, form);
	}

	@PostMapping({ "/staff/topics", "/staff/topics/{id:[0-9]{1,18}}" })
	String saveTopic(@PathVariable(required = false) Long id, @ModelAttribute("topic") TopicForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		if (id != null) {
			editing.topic(id).orElseThrow(PeopleAndTopicsController::notFound);
		}
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			form.setSlug(Markdown.slugOf(form.getName()));
		}
		required(form.getName(), "name", 120, errors);
		required(form.getDescription(), "description", 2000, errors);
		String slug = form.getSlug().strip();
		if (!ArticleCatalog.isPlausibleSlug(slug) || slug.length() > 80) {
			errors.rejectValue("slug", "editorial.slug.invalid");
		}
		else if (editing.isTopicSlugTaken(slug, id)) {
			errors.rejectValue("slug", "editorial.topic.slugTaken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return topicPage(model, id, form);
		}
		editing.saveTopic(new TopicDetails(id, slug, form.getName().strip(), form.getDescription().strip()));
		redirect.addFlashAttribute("flash",
				messages.getMessage("editorial.topic.saved", new Object[] { form.getName().strip() }, locale));
		return "redirect:/staff/topics";
	}

	private static void required(String value, String field, int maxLength, BindingResult errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "editorial." + field + ".required");
		}
		else if (value.strip().length() > maxLength) {
			errors.rejectValue(field, "editorial.tooLong", new Object[] { maxLength }, null);
		}
	}

	private static String personPage(Model model, Long id, PersonForm form) {
		model.addAttribute("personId", id);
		model.addAttribute("person", form);
		return "editorial/person";
	}

	private static String topicPage(Model model, Long id, TopicForm form) {
		model.addAttribute("topicId", id);
		model.addAttribute("topic", form);
		return "editorial/topic";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "We could not find that.");
	}

}
