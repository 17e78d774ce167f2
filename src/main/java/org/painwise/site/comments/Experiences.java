package org.painwise.site.comments;

import java.util.List;

/**
 * What readers who answered the questions about a medicine said, in published comments.
 *
 * @param readers how many answered at least one question
 * @param sideEffects the side effects ticked most, most first
 */
public record Experiences(long readers, long helpedALot, long helpedALittle, long notAtAll, long tooEarly,
		List<Count> sideEffects) {

	/** A side effect and how many readers ticked it. */
	public record Count(String name, long readers) {
	}

	/** How many answered "has it helped?". */
	public long answeredHelped() {
		return helpedALot + helpedALittle + notAtAll + tooEarly;
	}

	/**
	 * A count as a share of the readers who answered, for the width of its bar, in per
	 * cent.
	 */
	public long percentOf(long count, long of) {
		return of == 0 ? 0 : Math.round(100.0 * count / of);
	}

}
