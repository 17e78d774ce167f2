package org.painwise.site.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Problem reports about a page that a reader gave their email address with. ("Is this
 * page useful?" answers carry nothing that leads to a person.) Erasing deletes the
 * reports.
 */
@Component
@RequiredArgsConstructor
class FeedbackPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	@Override
	public List<Part> find(Subject subject) {
		List<List<String>> reports = jdbc
			.sql("""
					select f.created_at, a.title, f.problem, f.status from page_feedback f join article a on a.id = f.article_id
					where f.kind = 'PROBLEM' and lower(f.email) = lower(:email) order by f.created_at""")
			.param("email", subject.email().strip())
			.query((rs, row) -> List.of(PersonalData.time(rs.getTimestamp("created_at"), clock), rs.getString("title"),
					rs.getString("problem"), rs.getString("status").toLowerCase()))
			.list();
		return reports.isEmpty() ? List.of()
				: List.of(new Part("problemReports", List.of("sent", "article", "text", "status"), reports));
	}

	@Override
	public Map<String, Integer> erase(Subject subject) {
		return Map.of("problem reports deleted",
				jdbc.sql("""
						delete from page_feedback where kind = 'PROBLEM' and lower(email) = lower(:email)""")
					.param("email", subject.email().strip())
					.update());
	}

}
