package org.painwise.site.editorial;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * Checks the person and topic forms in the order the page shows their fields: each
 * required field filled in and within its length, and a topic's slug plausible and not
 * another topic's. Saving an existing topic passes its id as the validation hint, so its
 * own slug is not taken.
 */
@Component
@RequiredArgsConstructor
class EntryFormValidator implements SmartValidator {

	/** The longest slug a topic may have. */
	private static final int MAX_SLUG_LENGTH = 80;

	private final PeopleAndTopics peopleAndTopics;

	@Override
	public boolean supports(Class<?> type) {
		return EntryForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, (Object) null);
	}

	@Override
	public void validate(Object target, Errors errors, Object... hints) {
		required(((EntryForm) target).getName(), "name", EntryForm.MAX_NAME_LENGTH, errors);
		if (target instanceof PersonForm person) {
			required(person.getCredentials(), "credentials", 200, errors);
		}
		else if (target instanceof TopicForm topic) {
			required(topic.getDescription(), "description", 2000, errors);
			Long topicId = hints.length > 0 && hints[0] instanceof Long id ? id : null;
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
