package org.painwise.site.shared;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

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
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(site.name() + " <" + site.mailFrom() + ">");
			message.setTo(email.to());
			message.setSubject(email.subject());
			message.setText(email.text());
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
