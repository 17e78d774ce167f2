package org.painwise.site.moderation;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The words and phrases that triage looks for in new comments, matched case-insensitively as
 * whole words. Set {@code TRIAGE_MEDICAL_ADVICE} or {@code TRIAGE_CRISIS} (comma-separated) to
 * replace a list.
 *
 * @param medicalAdvice phrases that suggest the writer is asking for advice about their own
 * treatment
 * @param crisis phrases that may mean the writer is in crisis; such comments go to the top of the
 * queue
 */
@Validated
@ConfigurationProperties("triage")
public record TriageProperties(
		@NotNull @DefaultValue({ "should I", "can I take", "is it safe to", "is it ok to", "how much should I",
				"what dose", "increase my dose", "up my dose", "lower my dose", "reduce my dose", "double my dose",
				"change my dose", "stop taking", "come off", "coming off", "switch to", "swap to", "can I drink",
				"mix it with", "take it with" }) List<String> medicalAdvice,
		@NotNull @DefaultValue({ "suicide", "suicidal", "kill myself", "end my life", "end it all", "want to die",
				"don't want to be here", "no reason to live", "self harm", "self-harm", "hurt myself",
				"harm myself", "take them all", "can't go on", "cannot go on", "better off without me" }) List<String> crisis) {
}
