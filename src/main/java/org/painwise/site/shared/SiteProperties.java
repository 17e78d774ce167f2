package org.painwise.site.shared;

import java.net.URI;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the site belongs to and how readers reach the charity. Every value can be
 * overridden with an environment variable, for example {@code SITE_NAME} or
 * {@code SITE_HELPLINE_NUMBER}.
 *
 * @param name the charity's name, shown in the header and used to sign staff replies
 * @param baseUrl the public address of the site, used for canonical links and the sitemap
 * @param contactEmail where readers can write to the charity
 * @param mailFrom the address the site's emails come from
 * @param forumUrl the charity's peer-support forum
 * @param defaultDisclaimer shown under every article that has no disclaimer of its own
 * @param timeZone the charity's time zone, which decides what "today" is for review dates
 * @param helpline the telephone helpline shown in the header and footer
 * @param crisis what to tell someone who may be in crisis
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(@NotBlank @DefaultValue("Painwise") String name,
		@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
		@NotBlank @DefaultValue("help@painwise.example") String contactEmail,
		@NotBlank @DefaultValue("no-reply@painwise.example") String mailFrom,
		@NotNull @DefaultValue("https://forum.painwise.example/") URI forumUrl,
		@NotBlank @DefaultValue("This information is for general education. It cannot replace advice from your own doctor, nurse or pharmacist, who know your health history. If you are worried about a medicine, do not stop or change it without talking to them first.") String defaultDisclaimer,
		@NotNull @DefaultValue("Europe/London") ZoneId timeZone, @Valid @DefaultValue Helpline helpline,
		@Valid @DefaultValue Crisis crisis) {

	/**
	 * What the site tells someone who may be in crisis: in the support box shown to a
	 * commenter whose words suggest it, on the help page and in standard responses. Each
	 * text must contain its number exactly as written, so the number can be shown as a
	 * link that dials it.
	 *
	 * @param line a crisis line open at all hours, as people should dial or text it
	 * @param lineNumber the crisis line's number, as it appears in {@code line}
	 * @param emergency what to do in an emergency
	 * @param emergencyNumber the emergency number, as it appears in {@code emergency}
	 * @param urgent where to get urgent medical help that is not an emergency
	 * @param urgentNumber the urgent help number, as it appears in {@code urgent}
	 */
	public record Crisis(@NotBlank @DefaultValue("Samaritans: call 116 123 free, any time, day or night") String line,
			@NotBlank @DefaultValue("116 123") String lineNumber,
			@NotBlank @DefaultValue("If you are in danger now or have hurt yourself, call 999 or go to A&E.") String emergency,
			@NotBlank @DefaultValue("999") String emergencyNumber,
			@NotBlank @DefaultValue("For urgent medical help that is not an emergency, call NHS 111.") String urgent,
			@NotBlank @DefaultValue("111") String urgentNumber) {

		public Crisis {
			PhoneText.requireNumberIn("site.crisis.line", line, lineNumber);
			PhoneText.requireNumberIn("site.crisis.emergency", emergency, emergencyNumber);
			PhoneText.requireNumberIn("site.crisis.urgent", urgent, urgentNumber);
		}

		/** The crisis line's text with its number ready to be a link. */
		public PhoneText lineText() {
			return PhoneText.of(line, lineNumber);
		}

		/** The emergency text with its number ready to be a link. */
		public PhoneText emergencyText() {
			return PhoneText.of(emergency, emergencyNumber);
		}

		/** The urgent-help text with its number ready to be a link. */
		public PhoneText urgentText() {
			return PhoneText.of(urgent, urgentNumber);
		}

	}

	/**
	 * @param number the helpline telephone number as people dial it
	 * @param hours when the helpline is open, in words
	 */
	public record Helpline(@NotBlank @DefaultValue("0306 999 0123") String number,
			@NotBlank @DefaultValue("Monday to Friday, 10am to 4pm") String hours) {

		/** The number in the form a {@code tel:} link needs. */
		public String telLink() {
			return PhoneText.telLink(number);
		}

	}

	/** The base address without a trailing slash, ready to have a path appended. */
	public String absoluteUrl(String path) {
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
