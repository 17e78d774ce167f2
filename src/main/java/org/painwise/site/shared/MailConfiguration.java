package org.painwise.site.shared;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Chooses how emails leave the site: by SMTP when {@code spring.mail.host} is set;
 * written to the log only on the development site; not at all when
 * {@code mail.enabled=false}. Without any of these the site does not start.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	@ConditionalOnProperty("spring.mail.host")
	Outbox smtpOutbox(JavaMailSender mailSender, SiteProperties site) {
		return email -> {
			MimeMessage message = mailSender.createMimeMessage();
			try {
				MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				mail.setFrom(site.mailFrom(), site.name());
				mail.setTo(email.to());
				mail.setSubject(email.subject());
				mail.setText(email.text());
				if (email.unsubscribeUrl() != null) {
					// RFC 8058: mail programs may offer unsubscribing, and do it with a
					// POST to this address
					message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
					message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
				}
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				throw new MailPreparationException("Could not prepare an email", ex);
			}
			mailSender.send(message);
		};
	}

	/**
	 * The development site shows every email it would have sent in its log, so nobody
	 * needs a mail server.
	 */
	@Bean
	@Profile("dev")
	@ConditionalOnMissingBean(Outbox.class)
	Outbox loggingOutbox() {
		log.info("Development site without SMTP (spring.mail.host): emails are written to the log instead of sent");
		return email -> log.info("Email not sent (development site without SMTP)\nTo: {}\nSubject: {}\n\n{}",
				email.to(), email.subject(), email.text());
	}

	/**
	 * Mail switched off on purpose ({@code mail.enabled=false}): nothing is sent, and
	 * nothing about it is logged.
	 */
	@Bean
	@ConditionalOnProperty(name = "mail.enabled", havingValue = "false")
	@ConditionalOnMissingBean(Outbox.class)
	Outbox switchedOffOutbox() {
		log.warn("Mail is switched off (mail.enabled=false): no notification or alert emails will be sent");
		return email -> log.debug("An email was not sent: mail is switched off");
	}

	/**
	 * Anywhere else, a site without a mail server would silently drop every email (or, as
	 * it once did, write people's addresses and links into the log), so it does not
	 * start.
	 */
	@Bean
	@ConditionalOnMissingBean(Outbox.class)
	Outbox noMailServer() {
		throw new NoMailServer();
	}

	/** The site was started without a way to send email. */
	static class NoMailServer extends RuntimeException {

		static final String DESCRIPTION = "No mail server is configured: set SPRING_MAIL_HOST (with SPRING_MAIL_PORT, "
				+ "SPRING_MAIL_USERNAME and SPRING_MAIL_PASSWORD), or set MAIL_ENABLED=false to run without emails.";

		NoMailServer() {
			super(DESCRIPTION);
		}

	}

}
