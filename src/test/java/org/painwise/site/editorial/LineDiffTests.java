package org.painwise.site.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void marksLinesOnlyInOneVersion() {
		assertThat(LineDiff.between("a\nb\nc", "a\nx\nc")).containsExactly(new LineDiff.Line(LineDiff.Kind.SAME, "a"),
				new LineDiff.Line(LineDiff.Kind.SAVED, "b"), new LineDiff.Line(LineDiff.Kind.YOURS, "x"),
				new LineDiff.Line(LineDiff.Kind.SAME, "c"));
	}

	@Test
	void handlesEmptyTexts() {
		assertThat(LineDiff.between("", "new")).containsExactly(new LineDiff.Line(LineDiff.Kind.YOURS, "new"));
		assertThat(LineDiff.between("old", null)).containsExactly(new LineDiff.Line(LineDiff.Kind.SAVED, "old"));
	}

}
