package org.painwise.site.comments;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Email addresses confirmed as if their owners had pressed the button in the confirmation
 * email.
 */
public final class TestConfirmations {

	private TestConfirmations() {
	}

	public static void confirmed(JdbcClient jdbc, EmailConfirmations confirmations, String... addresses) {
		for (String address : addresses) {
			jdbc.sql("""
					insert into email_confirmation (email_hash, requested_at, confirmed_at) values (?, now(), now())
					on conflict (email_hash) do update set confirmed_at = now()""")
				.param(confirmations.hashOf(address))
				.update();
		}
	}

}
