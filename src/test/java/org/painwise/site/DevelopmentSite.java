package org.painwise.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.painwise.site.comments.EmailConfirmations;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The development site: {@code ./mvnw spring-boot:test-run}. It starts an embedded
 * PostgreSQL whose data is kept in {@code .data/postgres} (delete that folder to start
 * from scratch), adds the sample content, and serves the site on http://localhost:8080.
 */
public final class DevelopmentSite {

	private DevelopmentSite() {
	}

	public static void main(String[] args) {
		SpringApplication.from(PainwiseApplication::main)
			.with(EmbeddedDevelopmentDatabase.class, SampleModeration.class)
			.withAdditionalProfiles("dev")
			.run(withTrustedCommenters(args));
	}

	/**
	 * Trusted commenters are off by default; the development site shows them, unless told
	 * otherwise.
	 */
	private static String[] withTrustedCommenters(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--moderation.trusted-commenters.enabled")) {
				return args;
			}
		}
		String[] more = Arrays.copyOf(args, args.length + 1);
		more[args.length] = "--moderation.trusted-commenters.enabled=true";
		return more;
	}

	/**
	 * Moderation examples on top of the sample comments, made once: a blocked commenter
	 * (Mick T, whose comment was rejected), a trusted one (Maria, three published
	 * comments from a confirmed address), and two comments featured above the
	 * amitriptyline thread. The email hashes need the site's own key, so this is done
	 * here rather than in the sample SQL.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SampleModeration {

		@Bean
		ApplicationRunner sampleModeration(JdbcClient jdbc, EmailConfirmations emails) {
			return arguments -> {
				jdbc.sql("""
						insert into commenter_block (email_hash, shown_as, reason, blocked_by, blocked_at)
						values (?, 'Mick T (m•••@example.net)', 'Repeated insults to other readers, after two warnings',
						        'James', now() - interval '20 days')
						on conflict (email_hash) do nothing""").param(emails.hashOf("mick.t@example.net")).update();
				jdbc.sql("""
						insert into email_confirmation (email_hash, requested_at, confirmed_at)
						values (?, now() - interval '200 days', now() - interval '200 days')
						on conflict (email_hash) do nothing""")
					.param(emails.hashOf("maria.jenkins@example.com"))
					.update();
				jdbc.sql(
						"""
								update comment c set featured_at = now() - make_interval(days => f.days), featured_by = 'James',
								                     featured_note = f.note
								from (values ('maria.jenkins@example.com', 2, 'How a low dose at night can help sleep, from someone who has taken it for years.'),
								             ('ryan.oconnell@example.net', 1, null)) as f (email, days, note)
								where c.id = (select m.id from comment m join article a on a.id = m.article_id
								              where a.slug = 'amitriptyline' and m.author_email = f.email and m.status = 'PUBLISHED'
								                and m.parent_id is null
								              order by m.created_at limit 1)
								  and not exists (select 1 from comment x where x.featured_at is not null)""")
					.update();
			};
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmbeddedDevelopmentDatabase {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres developmentPostgres() throws IOException {
			Path data = Path.of(System.getProperty("painwise.data-dir", ".data/postgres")).toAbsolutePath();
			return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres developmentPostgres) {
			return TestDatabase.dataSourceFor(developmentPostgres, "postgres");
		}

	}

}
