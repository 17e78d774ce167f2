package org.painwise.site.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * A form's errors as a page shows them: one message beside each field, and the same messages in
 * an error summary at the top that links to the fields.
 *
 * @param byField the first message for each field, by field name
 * @param summary every field message in form order, with the field's id
 */
public record FormErrors(Map<String, String> byField, List<Entry> summary) {

	/** A message in the error summary, linking to the field it is about. */
	public record Entry(String field, String message) {
	}

	public static FormErrors none() {
		return new FormErrors(Map.of(), List.of());
	}

	/** Resolves every field error's code against the message bundle. */
	public static FormErrors of(Errors errors, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<Entry> summary = new ArrayList<>();
		for (FieldError error : errors.getFieldErrors()) {
			String message = messages.getMessage(error, locale);
			if (byField.putIfAbsent(error.getField(), message) == null) {
				summary.add(new Entry(error.getField(), message));
			}
		}
		return new FormErrors(Map.copyOf(byField), List.copyOf(summary));
	}

	public boolean any() {
		return !summary.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String of(String field) {
		return byField.get(field);
	}

}
