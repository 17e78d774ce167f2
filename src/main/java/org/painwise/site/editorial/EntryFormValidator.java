package org.painwise.site.editorial;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.shared.HintedFormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the person and topic forms in the order the page shows their fields: each
 * required field filled in and within its length, and a topic's slug plausible and not
 * another topic's. Saving an existing topic passes its id as the validation hint, so its
 * own slug is not taken.
 */
@Component
@RequiredArgsConstructor
class EntryFormValidator extends HintedFormValidator<EntryForm, Long> {

	/** The longest slug a topic may have. */
	private static final int MAX_SLUG_LENGTH = 80;

	private final PeopleAndTopics peopleAndTopics;

	@Override
	protected void check(EntryForm form, Long topicId, Errors errors) {
		required(form.getName(), "name", EntryForm.MAX_NAME_LENGTH, errors);
		if (form instanceof PersonForm person) {
			required(person.getCredentials(), "credentials", 200, errors);
		}
		else if (form instanceof TopicForm topic) {
			required(topic.getDescription(), "description", 2000, errors);
			String slug = TypedText.stripped(topic.getSlug());
			if (!ArticleCatalog.isPlausibleSlug(slug) || slug.length() > MAX_SLUG_LENGTH) {
				errors.rejectValue("slug", "editorial.slug.invalid");
			}
			else if (peopleAndTopics.isTopicSlugTaken(slug, topicId)) {
				errors.rejectValue("slug", "editorial.topic.slugTaken");
			}
		}
	}

	private static void required(String value, String field, int maxLength, Errors errors) {
		TypedText.check(errors, field, TypedText.stripped(value), maxLength, "editorial." + field + ".required",
				"editorial.tooLong");
	}

}
