package org.painwise.site.comments;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where readers report suspected side effects of medicines: shown to a commenter whose
 * comment mentions one, on the page they land on after posting. A site in another country
 * points to its own regulator's scheme.
 *
 * @param scheme the scheme's name, as readers know it
 * @param runBy who runs it
 * @param url where a report is made
 */
@Validated
@ConfigurationProperties("side-effect-reporting")
public record SideEffectReporting(@NotBlank @DefaultValue("the Yellow Card scheme") String scheme,
		@NotBlank @DefaultValue("the MHRA, the UK's medicines regulator") String runBy,
		@NotNull @DefaultValue("https://yellowcard.mhra.gov.uk/") URI url) {
}
