package org.painwise.site.articles;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who write and check articles, and the topics articles belong to, as staff list and
 * change them: the editorial module's way to them. Roles are checked by the caller.
 */
@Service
@Transactional
public class PeopleAndTopics {

	private final PersonRepository people;

	private final TopicRepository topics;

	private final ApplicationEventPublisher events;

	PeopleAndTopics(PersonRepository people, TopicRepository topics, ApplicationEventPublisher events) {
		this.people = people;
		this.topics = topics;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<PersonDetails> people() {
		return people.findAll(Sort.by("name"))
			.stream()
			.map(PeopleAndTopics::details)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<PersonDetails> findPerson(long id) {
		return people.findById(id).map(PeopleAndTopics::details);
	}

	public long savePerson(PersonDetails details) {
		Person person = details.id() == null ? new Person(details.name(), details.credentials(), details.bio())
				: people.findById(details.id()).orElseThrow(ArticleEditing::notFound);
		person.change(details.name(), details.credentials(), details.bio());
		long id = people.saveAndFlush(person).getId();
		events.publishEvent(new PersonChanged(id));
		return id;
	}

	@Transactional(readOnly = true)
	public List<TopicDetails> topics() {
		return topics.findAll(Sort.by("position", "name"))
			.stream()
			.map(PeopleAndTopics::details)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<TopicDetails> topic(long id) {
		return topics.findById(id).map(PeopleAndTopics::details);
	}

	/** Whether a topic other than this one has the slug. */
	@Transactional(readOnly = true)
	public boolean isTopicSlugTaken(String slug, Long topicId) {
		return topics.findBySlug(slug).filter(t -> !t.getId().equals(topicId)).isPresent();
	}

	public long saveTopic(TopicDetails details) {
		Topic topic = details.id() == null ? new Topic(details.slug(), details.name(), details.description())
				: topics.findById(details.id()).orElseThrow(ArticleEditing::notFound);
		topic.change(details.slug(), details.name(), details.description());
		long id = topics.saveAndFlush(topic).getId();
		events.publishEvent(new TopicChanged(id));
		return id;
	}

	private static PersonDetails details(Person p) {
		return new PersonDetails(p.getId(), p.getName(), p.getCredentials(), p.getBio());
	}

	private static TopicDetails details(Topic t) {
		return new TopicDetails(t.getId(), t.getSlug(), t.getName(), t.getDescription());
	}

}
