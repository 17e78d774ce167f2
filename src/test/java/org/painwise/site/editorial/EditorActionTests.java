package org.painwise.site.editorial;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor's buttons are read from their values; anything else is a 400. */
class EditorActionTests {

	private final EditorAction.FromText read = new EditorAction.FromText();

	@Test
	void theEditorsOwnButtons() {
		assertThat(read.convert("save")).isEqualTo(EditorAction.Button.SAVE);
		assertThat(read.convert("review")).isEqualTo(EditorAction.Button.REVIEW);
		assertThat(read.convert("preview")).isEqualTo(EditorAction.Button.PREVIEW);
		assertThat(read.convert("upload")).isEqualTo(EditorAction.Button.UPLOAD);
	}

	@Test
	void rowButtonsNameTheListTheMoveAndTheRow() {
		assertThat(read.convert("ref-add"))
			.isEqualTo(new EditorAction.RowChange(true, EditorAction.RowChange.Move.ADD, -1));
		assertThat(read.convert("faq-down-12"))
			.isEqualTo(new EditorAction.RowChange(false, EditorAction.RowChange.Move.DOWN, 12));
		assertThat(read.convert("ref-remove-0"))
			.isEqualTo(new EditorAction.RowChange(true, EditorAction.RowChange.Move.REMOVE, 0));
	}

	@Test
	void anythingElseIsRefused() {
		for (String value : new String[] { "", "Save", "delete", "ref", "ref-up-", "ref-up-1234", "ref-up-x",
				"img-up-1", "ref-sideways-1", "ref-up-1-2", "ref-up--1" }) {
			assertThatThrownBy(() -> read.convert(value)).as(value)
				.isInstanceOfSatisfying(ResponseStatusException.class, refusal -> {
					assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(refusal.getReason()).isEqualTo("error.editorial.unknown-button");
				});
		}
	}

	@Test
	void aRowButtonMovesOnlyRowsThatAreThere() {
		ArticleForm form = new ArticleForm();
		form.getReferences().add(new ArticleForm.ReferenceRow("First", ""));
		form.getReferences().add(new ArticleForm.ReferenceRow("Second", ""));
		((EditorAction.RowChange) read.convert("ref-down-0")).applyTo(form, 100);
		assertThat(form.getReferences()).extracting(ArticleForm.ReferenceRow::getText)
			.containsExactly("Second", "First");
		((EditorAction.RowChange) read.convert("ref-down-1")).applyTo(form, 100);
		((EditorAction.RowChange) read.convert("ref-remove-7")).applyTo(form, 100);
		assertThat(form.getReferences()).extracting(ArticleForm.ReferenceRow::getText)
			.containsExactly("Second", "First");
		((EditorAction.RowChange) read.convert("faq-add")).applyTo(form, 100);
		assertThat(form.getFaqs()).hasSize(1);
		((EditorAction.RowChange) read.convert("faq-add")).applyTo(form, 1);
		assertThat(form.getFaqs()).hasSize(1);
	}

}
