package org.painwise.site.editorial;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor button that sent the form, read from its {@code action} value: one of the
 * editor's own buttons, or a reference or question row button such as {@code ref-up-2}.
 * Any other value is a 400.
 */
sealed interface EditorAction {

	/** The editor's own buttons. */
	enum Button implements EditorAction {

		SAVE, REVIEW, PREVIEW, UPLOAD

	}

	/** The most digits a row number in a row button may have. */
	int MOST_ROW_DIGITS = 3;

	/**
	 * Adds, moves or removes a reference or question row; a row that is not there is left
	 * alone.
	 *
	 * @param references the reference rows, or else the question rows
	 * @param index the row, or -1 when the button names none
	 */
	record RowChange(boolean references, Move move, int index) implements EditorAction {

		/** What a row button does. */
		enum Move {

			ADD, UP, DOWN, REMOVE

		}

		void applyTo(ArticleForm form, int maxRows) {
			List<?> rows = references ? form.getReferences() : form.getFaqs();
			switch (move) {
				case ADD -> {
					if (rows.size() < maxRows) {
						if (references) {
							form.getReferences().add(new ArticleForm.ReferenceRow());
						}
						else {
							form.getFaqs().add(new ArticleForm.FaqRow());
						}
					}
				}
				case UP -> {
					if (index > 0 && index < rows.size()) {
						Collections.swap(rows, index, index - 1);
					}
				}
				case DOWN -> {
					if (index >= 0 && index < rows.size() - 1) {
						Collections.swap(rows, index, index + 1);
					}
				}
				case REMOVE -> {
					if (index >= 0 && index < rows.size()) {
						rows.remove(index);
					}
				}
			}
		}

	}

	/** Reads the {@code action} request parameter. */
	@Component
	class FromText implements Converter<String, EditorAction> {

		@Override
		public EditorAction convert(String source) {
			String[] parts = source.split("-", -1);
			if (parts.length == 1) {
				return button(parts[0]);
			}
			if (parts.length > 3 || !("ref".equals(parts[0]) || "faq".equals(parts[0]))) {
				throw unknown();
			}
			// a row button without a row number changes no row, except the one that adds
			// a row
			return new RowChange("ref".equals(parts[0]), move(parts[1]), parts.length == 2 ? -1 : rowNumber(parts[2]));
		}

		private static Button button(String name) {
			for (Button button : Button.values()) {
				if (button.name().toLowerCase(Locale.ROOT).equals(name)) {
					return button;
				}
			}
			throw unknown();
		}

		private static RowChange.Move move(String name) {
			for (RowChange.Move move : RowChange.Move.values()) {
				if (move.name().toLowerCase(Locale.ROOT).equals(name)) {
					return move;
				}
			}
			throw unknown();
		}

		private static int rowNumber(String digits) {
			if (digits.isEmpty() || digits.length() > MOST_ROW_DIGITS
					|| !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw unknown();
			}
			return Integer.parseInt(digits);
		}

		private static ResponseStatusException unknown() {
			return new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.editorial.unknown-button");
		}

	}

}
