package org.painwise.site.shared;

import org.springframework.core.GenericTypeResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * The validator of a form that is checked against something the form does not hold, which
 * the caller passes as the one validation hint: such as the id of the entry being
 * changed, so that its own address does not count as taken, or the email address a
 * password must not be.
 *
 * @param <T> the form it checks
 * @param <H> the hint's type; a hint of another type counts as none
 */
public abstract class HintedFormValidator<T, H> extends FormValidator<T> implements SmartValidator {

	private final Class<?> hint = GenericTypeResolver.resolveTypeArguments(getClass(), HintedFormValidator.class)[1];

	/** Checks the form without a hint. */
	@Override
	protected final void check(T form, Errors errors) {
		check(form, null, errors);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void validate(Object target, Errors errors, Object... hints) {
		Object given = hints.length > 0 ? hints[0] : null;
		check(cast(target), hint.isInstance(given) ? (H) given : null, errors);
	}

	/**
	 * Rejects each field of the form that is wrong.
	 * @param hint what the caller passed, or null for none
	 */
	protected abstract void check(T form, H hint, Errors errors);

}
