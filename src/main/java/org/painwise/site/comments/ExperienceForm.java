package org.painwise.site.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.Getter;
import org.painwise.site.shared.TypedText;

/**
 * A reader's optional answers about a medicine, sent with their comment under an article
 * about one: how long they have taken it, whether it helped, the side effects they
 * ticked, and others in their own words. Every field is text as sent, so the form comes
 * back exactly as it was.
 */
@Getter
public class ExperienceForm {

	/** How long a reader has taken the medicine. */
	public enum TakenFor {

		UNDER_A_MONTH, ONE_TO_SIX_MONTHS, SIX_TO_TWELVE_MONTHS, OVER_A_YEAR, STOPPED

	}

	/** Whether it helped. */
	public enum Helped {

		A_LOT, A_LITTLE, NOT_AT_ALL, TOO_EARLY

	}

	/** How long other side effects, in the reader's words, may be. */
	public static final int OTHER_LENGTH = 300;

	private String takenFor = "";

	private String helped = "";

	private List<String> sideEffects = new ArrayList<>();

	private String otherSideEffects = "";

	public void setTakenFor(String takenFor) {
		this.takenFor = TypedText.stripped(takenFor);
	}

	public void setHelped(String helped) {
		this.helped = TypedText.stripped(helped);
	}

	public void setSideEffects(List<String> sideEffects) {
		this.sideEffects = sideEffects == null ? new ArrayList<>() : new ArrayList<>(sideEffects);
	}

	public void setOtherSideEffects(String otherSideEffects) {
		this.otherSideEffects = otherSideEffects == null ? "" : otherSideEffects.replace("\r\n", "\n").strip();
	}

	/** Whether this side effect's box is ticked, for the form coming back. */
	public boolean ticked(String sideEffect) {
		return sideEffects.contains(sideEffect);
	}

	/**
	 * What is kept: answers that are among the choices offered (anything else was not
	 * sent by the form and is left out), and side effects only from the article's list.
	 * @param offered the article's side effects
	 */
	Experience kept(List<String> offered) {
		return new Experience(parse(TakenFor.class, takenFor), parse(Helped.class, helped),
				sideEffects.stream().filter(offered::contains).distinct().toList());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Answers as kept with a comment.
	 *
	 * @param takenFor null when skipped
	 * @param helped null when skipped
	 */
	public record Experience(TakenFor takenFor, Helped helped, List<String> sideEffects) {

		public Experience {
			sideEffects = sideEffects == null ? List.of() : List.copyOf(sideEffects);
		}

		public boolean isEmpty() {
			return takenFor == null && helped == null && sideEffects.isEmpty();
		}

	}

}
