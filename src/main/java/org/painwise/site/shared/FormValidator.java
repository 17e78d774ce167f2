package org.painwise.site.shared;

import org.springframework.core.GenericTypeResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The validator of one form, named by its type argument: it supports that form (and its
 * subclasses) and checks it already cast, so each form's validator holds only what can be
 * wrong with it.
 *
 * @param <T> the form it checks
 */
public abstract class FormValidator<T> implements Validator {

	@SuppressWarnings("unchecked")
	private final Class<T> form = (Class<T>) GenericTypeResolver.resolveTypeArgument(getClass(), FormValidator.class);

	@Override
	public boolean supports(Class<?> type) {
		return form.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		check(cast(target), errors);
	}

	/** Rejects each field of the form that is wrong. */
	protected abstract void check(T form, Errors errors);

	T cast(Object target) {
		return form.cast(target);
	}

}
