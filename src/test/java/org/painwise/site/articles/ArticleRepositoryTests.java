package org.painwise.site.articles;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind the reading pages, against real PostgreSQL with the real migrations.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabase.class)
class ArticleRepositoryTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	TopicRepository topics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readersOnlyEverGetPublishedArticles() {
		TestArticles data = new TestArticles(jdbc);
		long person = data.person("Repo Author");
		data.article("repo-published", "Published", "Body", "PUBLISHED", person);
		data.article("repo-draft", "Draft", "Body", "DRAFT", person);
		data.article("repo-archived", "Archived", "Body", "ARCHIVED", person);

		assertThat(articles.findWithPeopleAndTopics("repo-published", ArticleStatus.PUBLISHED)).isPresent();
		assertThat(articles.findWithPeopleAndTopics("repo-draft", ArticleStatus.PUBLISHED)).isEmpty();
		assertThat(articles.findWithPeopleAndTopics("repo-archived", ArticleStatus.PUBLISHED)).isEmpty();
		assertThat(articles.findSummaries(ArticleStatus.PUBLISHED, PageRequest.of(0, 100)).getContent())
			.extracting(ArticleSummary::slug)
			.contains("repo-published")
			.doesNotContain("repo-draft", "repo-archived");
	}

	@Test
	void topicCountsIncludeOnlyPublishedArticles() {
		TestArticles data = new TestArticles(jdbc);
		long person = data.person("Count Author");
		long topic = data.topic("count-topic");
		data.addToTopic(data.article("count-1", "One", "Body", "PUBLISHED", person), topic);
		data.addToTopic(data.article("count-2", "Two", "Body", "PUBLISHED", person), topic);
		data.addToTopic(data.article("count-3", "Three", "Body", "DRAFT", person), topic);

		TopicSummary summary = topics.findSummaries(ArticleStatus.PUBLISHED)
			.stream()
			.filter(t -> t.slug().equals("count-topic"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.articleCount()).isEqualTo(2);
	}

	@Test
	void relatedArticlesShareATopicAndLeaveOutTheArticleItself() {
		TestArticles data = new TestArticles(jdbc);
		long person = data.person("Related Author");
		long shared = data.topic("related-shared");
		long other = data.topic("related-other");
		long self = data.article("related-self", "Self", "Body", "PUBLISHED", person);
		data.addToTopic(self, shared);
		data.addToTopic(self, other);
		long sibling = data.article("related-sibling", "Sibling", "Body", "PUBLISHED", person);
		data.addToTopic(sibling, shared);
		data.addToTopic(sibling, other);
		data.addToTopic(data.article("related-draft", "Draft", "Body", "DRAFT", person), shared);
		data.article("related-stranger", "Stranger", "Body", "PUBLISHED", person);

		List<ArticleSummary> related = articles.findRelated(List.of(shared, other), self, ArticleStatus.PUBLISHED,
				Limit.of(3));
		assertThat(related).extracting(ArticleSummary::slug).containsExactly("related-sibling");
	}

}
