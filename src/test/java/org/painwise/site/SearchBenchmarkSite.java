package org.painwise.site;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site for the search benchmark ({@code bench/search.sh}): the development site on
 * its own embedded PostgreSQL (the data directory comes from
 * {@code -Dpainwise.data-dir}), with the sample content and, on first start,
 * {@value #GENERATED} generated published articles, each with a made-up medicine name, a
 * brand name, a condition, headings and about 2 KB of body text.
 */
public final class SearchBenchmarkSite {

	static final int GENERATED = 10_000;

	private SearchBenchmarkSite() {
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext site = SpringApplication.from(PainwiseApplication::main)
			.with(DevelopmentSite.EmbeddedDevelopmentDatabase.class)
			.withAdditionalProfiles("dev")
			.run(args)
			.getApplicationContext();
		JdbcClient jdbc = site.getBean(JdbcClient.class);
		long existing = jdbc.sql("select count(*) from article where slug like 'generated-%'")
			.query(Long.class)
			.single();
		if (existing < GENERATED) {
			jdbc.sql("delete from article where slug like 'generated-%'").update();
			jdbc.sql(GENERATE).param("n", GENERATED).update();
			jdbc.sql("""
					insert into article_topic (article_id, topic_id)
					select a.id, (select t.id from topic t order by t.position offset (a.id % 4) limit 1)
					from article a where a.slug like 'generated-%'
					on conflict do nothing""").update();
			jdbc.sql("analyze").update();
		}
		System.out.println("Search benchmark site ready with "
				+ jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single()
				+ " published articles");
	}

	private static final String GENERATE = """
			with parts as (
			    select array['bro','cal','dex','fen','gor','hal','jin','kor','lum','mer','nal','ost','pra','quin','ros',
			                 'sel','tam','ulv','ven','wex','xan','yor','zel','bam','cor','dil','eno','fal','gan','hex',
			                 'ilo','jas','kel','lor','mop','nix','ora','pel','rit','sul'] as first,
			           array['azepam','olol','prazine','tadine','mycin','oxetine','afen','idone','amide','ectin',
			                 'ofen','uril','astat','ipine','ozole','triptan','abalin','apentin','orphan','icillin',
			                 'etamol','olone','iptyline','avir','umab'] as second,
			           array['nerve pain','back pain','arthritis','migraine','fibromyalgia','neck pain','sciatica',
			                 'shingles pain','joint pain','muscle pain','period pain','headache','hip pain',
			                 'knee pain','shoulder pain','facial pain','foot pain'] as condition,
			           array['sleep','dizziness','a dry mouth','feeling sick','weight gain','headaches','tiredness',
			                 'constipation','blurred vision','low mood'] as effect
			), names as (
			    select g,
			           initcap(p.first[1 + g % 40] || p.second[1 + (g / 40) % 25]) as medicine,
			           initcap(p.second[1 + g % 25] || p.first[1 + (g / 25) % 40] || 'a') as brand,
			           p.condition[1 + g % 17] as condition,
			           p.effect[1 + g % 10] as effect1,
			           p.effect[1 + (g / 10) % 10] as effect2
			    from generate_series(1, :n) as g, parts p
			)
			insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
			                     first_published, last_reviewed, next_review_due, status, alternative_names)
			select 'generated-' || g,
			       medicine || ' for ' || condition || ' (' || g || ')',
			       medicine || ' is a medicine used for ' || condition || '. This guide explains how it works, how to take it and what to expect.',
			       '## What is ' || lower(medicine) || E'?\\n\\n'
			           || repeat(medicine || ' is prescribed for ' || condition || ' when other treatments have not helped. '
			                     || 'It works by calming the signals that carry pain. Your doctor will start you on a low dose. ', 3)
			           || E'\\n\\n## Taking ' || lower(medicine) || E'\\n\\n'
			           || repeat('Take it at the same time each day, with or without food. Do not stop suddenly: talk to your GP first. ', 4)
			           || E'\\n\\n## Side effects\\n\\n'
			           || repeat('Common side effects include ' || effect1 || ' and ' || effect2 || '. They often ease after a few weeks. ', 3)
			           || E'\\n\\n## Living with ' || condition || E'\\n\\n'
			           || repeat('Pacing, gentle movement and good sleep habits help many people with ' || condition || '. ', 4),
			       (select id from person order by id limit 1),
			       (select id from person order by id offset 1 limit 1),
			       current_date - (g % 2000), current_date - (g % 700), current_date + 400 + (g % 300),
			       'PUBLISHED', brand
			from names""";

}
