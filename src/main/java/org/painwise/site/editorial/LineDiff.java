package org.painwise.site.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of two texts (longest common subsequence), for showing an
 * editor what someone else changed in an article while they were editing it.
 */
final class LineDiff {

	enum Kind {

		SAME, SAVED, YOURS

	}

	/**
	 * One line of the comparison: in both, only in the saved article, or only in the
	 * editor's text.
	 */
	record Line(Kind kind, String text) {

		public boolean isSame() {
			return kind == Kind.SAME;
		}

		public boolean isSaved() {
			return kind == Kind.SAVED;
		}

		public boolean isYours() {
			return kind == Kind.YOURS;
		}

	}

	private LineDiff() {
	}

	static List<Line> between(String saved, String yours) {
		String[] a = lines(saved);
		String[] b = lines(yours);
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				result.add(new Line(Kind.SAME, a[i]));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				result.add(new Line(Kind.SAVED, a[i++]));
			}
			else {
				result.add(new Line(Kind.YOURS, b[j++]));
			}
		}
		while (i < a.length) {
			result.add(new Line(Kind.SAVED, a[i++]));
		}
		while (j < b.length) {
			result.add(new Line(Kind.YOURS, b[j++]));
		}
		return result;
	}

	private static String[] lines(String text) {
		if (text == null || text.isEmpty()) {
			return new String[0];
		}
		return text.replace("\r\n", "\n").split("\n", -1);
	}

}
