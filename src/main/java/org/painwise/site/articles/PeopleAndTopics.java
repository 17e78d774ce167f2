package org.painwise.site.articles;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who write and check articles, and the topics articles belong to, as staff
 * list and change them: the editorial module's way to them. They are read as the
 * {@link Person} and {@link Topic} entities, which nothing outside this module can
 * change, and changed field by field, so the editorial forms stay in editorial. Roles are
 * checked by the caller.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PeopleAndTopics {

	private final PersonRepository people;

	private final TopicRepository topics;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	public List<Person> people() {
		return people.findAll(Sort.by("name"));
	}

	@Transactional(readOnly = true)
	public Optional<Person> findPerson(long id) {
		return people.findById(id);
	}

	/** Adds a person when the id is null, or changes the one with the id. */
	public long savePerson(Long id, String name, String credentials, String bio) {
		Person person = id == null ? new Person(name, credentials, bio)
				: people.findById(id).orElseThrow(ArticleEditing::notFound);
		person.change(name, credentials, bio);
		return announced(people.saveAndFlush(person).getId(), PersonChanged::new);
	}

	@Transactional(readOnly = true)
	public List<Topic> topics() {
		return topics.findAll(Sort.by("position", "name"));
	}

	@Transactional(readOnly = true)
	public Optional<Topic> topic(long id) {
		return topics.findById(id);
	}

	/** Whether a topic other than this one has the slug. */
	@Transactional(readOnly = true)
	public boolean isTopicSlugTaken(String slug, Long topicId) {
		return topics.findBySlug(slug).filter(t -> !t.getId().equals(topicId)).isPresent();
	}

	/** Adds a topic when the id is null, or changes the one with the id. */
	public long saveTopic(Long id, String slug, String name, String description) {
		Topic topic = id == null ? new Topic(slug, name, description)
				: topics.findById(id).orElseThrow(ArticleEditing::notFound);
		topic.change(slug, name, description);
		return announced(topics.saveAndFlush(topic).getId(), TopicChanged::new);
	}

	/**
	 * Tells the rest of the site (the page caches) about the saved entry, and returns its
	 * id.
	 */
	private long announced(long savedId, LongFunction<Object> changed) {
		events.publishEvent(changed.apply(savedId));
		return savedId;
	}

}
