package org.painwise.site.editorial;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.PeopleAndTopics;
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

/**
 * The people who write and check articles, and the topics articles belong to: each a
 * list, and one page (editorial/entry) to add or change an entry.
 */
@Controller
@EditorOrAdmin
@RequiredArgsConstructor
class PeopleAndTopicsController {

	/**
	 * The two kinds of entry: the name their form and messages go by, and their list's
	 * address.
	 */
	enum Entry {

		PERSON("person", "/staff/people"), TOPIC("topic", "/staff/topics");

		private final String kind;

		private final String list;

		Entry(String kind, String list) {
			this.kind = kind;
			this.list = list;
		}

	}

	private final PeopleAndTopics peopleAndTopics;

	private final EntryFormValidator validator;

	private final MessageSource messages;

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
		model.addAttribute("people", peopleAndTopics.people());
		return "editorial/people";
	}

	@GetMapping("/staff/people/new")
	String newPerson(Model model) {
		return page(model, Entry.PERSON, null, new PersonForm());
	}

	@GetMapping("/staff/people/{id}")
	String person(@PathVariable long id, Model model) {
		return page(model, Entry.PERSON, id, saved(Entry.PERSON, id));
	}

	@PostMapping({ "/staff/people", "/staff/people/{id}" })
	String savePerson(@PathVariable(required = false) Long id, @ModelAttribute("person") PersonForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return save(Entry.PERSON, id, form, errors, model, response, redirect, locale);
	}

	@GetMapping("/staff/topics")
	String topics(Model model) {
		model.addAttribute("topics", peopleAndTopics.topics());
		return "editorial/topics";
	}

	@GetMapping("/staff/topics/new")
	String newTopic(Model model) {
		return page(model, Entry.TOPIC, null, new TopicForm());
	}

	@GetMapping("/staff/topics/{id}")
	String topic(@PathVariable long id, Model model) {
		return page(model, Entry.TOPIC, id, saved(Entry.TOPIC, id));
	}

	@PostMapping({ "/staff/topics", "/staff/topics/{id}" })
	String saveTopic(@PathVariable(required = false) Long id, @ModelAttribute("topic") TopicForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		form.slugFromNameIfEmpty();
		return save(Entry.TOPIC, id, form, errors, model, response, redirect, locale);
	}

	private static String page(Model model, Entry entry, Long id, EntryForm form) {
		model.addAttribute("kind", entry.kind);
		model.addAttribute("list", entry.list);
		model.addAttribute("entryId", id);
		model.addAttribute(entry.kind, form);
		return "editorial/entry";
	}

	/**
	 * Saves a person or topic whose entry exists (or is new; a 404 if it does not), or
	 * shows the form again with what is wrong. The id is the validation hint, so a
	 * topic's own slug is not taken.
	 */
	private String save(Entry entry, Long id, EntryForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		if (id != null) {
			saved(entry, id);
		}
		validator.validate(form, errors, id);
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, entry, id, form);
		}
		form.save(peopleAndTopics, id);
		String name = form.getName().strip();
		redirect.addFlashAttribute("flash",
				messages.getMessage("editorial." + entry.kind + ".saved", new Object[] { name }, locale));
		return "redirect:" + entry.list;
	}

	/**
	 * The saved person or topic with the id, as its form shows it; a 404 if there is
	 * none.
	 */
	private EntryForm saved(Entry entry, long id) {
		Optional<? extends EntryForm> saved = switch (entry) {
			case PERSON -> peopleAndTopics.findPerson(id).map(PersonForm::of);
			case TOPIC -> peopleAndTopics.topic(id).map(TopicForm::of);
		};
		return saved.orElseThrow(this::notFound);
	}

	private ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.not-found");
	}

}
