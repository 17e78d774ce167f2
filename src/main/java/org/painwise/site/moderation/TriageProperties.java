package org.painwise.site.moderation;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where triage finds the phrases it looks for in new comments: plain text files, one
 * phrase a line, that a moderation lead can read and review (the format is described at
 * the top of {@code classpath:triage/crisis-phrases.txt}). Set
 * {@code TRIAGE_CRISIS_PHRASES} or {@code TRIAGE_MEDICAL_ADVICE_PHRASES} to another file
 * ({@code file:/etc/painwise/crisis.txt}) to replace a list.
 *
 * @param medicalAdvicePhrases phrases that suggest the writer is asking for advice about
 * their own treatment
 * @param crisisPhrases phrases that may mean the writer is in crisis; such comments go to
 * the top of the queue and their writer sees where to find help now
 * @param sideEffectPhrases words for possible side effects of medicines; the writer of
 * such a comment is told how to report them (see {@code SideEffectReporting})
 */
@Validated
@ConfigurationProperties("triage")
public record TriageProperties(
		@NotNull @DefaultValue("classpath:triage/medical-advice-phrases.txt") Resource medicalAdvicePhrases,
		@NotNull @DefaultValue("classpath:triage/crisis-phrases.txt") Resource crisisPhrases,
		@NotNull @DefaultValue("classpath:triage/side-effect-phrases.txt") Resource sideEffectPhrases) {
}
