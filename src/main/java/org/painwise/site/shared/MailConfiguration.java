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
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Chooses how emails leave the site: by SMTP when {@code spring.mail.host} is set, otherwise
 * written to the log.
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
					// RFC 8058: mail programs may offer unsubscribing, and do it with a POST to this address
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

	@Bean
	@ConditionalOnMissingBean(Outbox.class)
	Outbox loggingOutbox() {
		log.info("No SMTP server configured (spring.mail.host): emails will be written to the log instead of sent");
		return email -> log.info("Email not sent (no SMTP server configured)\nTo: {}\nSubject: {}\n\n{}", email.to(),
				email.subject(), email.text());
	}

}
