package org.painwise.site.ratings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The votes cast from a reader's browser (votes are tied to the visitor cookie, never to
 * an email address). Erasing deletes them and rebuilds the summaries of what they rated.
 */
@Component
@RequiredArgsConstructor
class VotePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	@Override
	public List<Part> find(Subject subject) {
		if (subject.visitorKey() == null) {
			return List.of();
		}
		List<List<String>> votes = jdbc.sql("""
				select created_at, item_type, item_id, value from vote where voter_key = :key order by created_at""")
			.param("key", subject.visitorKey())
			.query((rs, row) -> List.of(PersonalData.time(rs.getTimestamp("created_at"), clock),
					rs.getString("item_type").toLowerCase(), Long.toString(rs.getLong("item_id")),
					Integer.toString(rs.getInt("value"))))
			.list();
		return votes.isEmpty() ? List.of()
				: List.of(new Part("votes", List.of("voted", "rated", "id", "stars"), votes));
	}

	@Override
	public Map<String, Integer> erase(Subject subject) {
		if (subject.visitorKey() == null) {
			return Map.of();
		}
		List<Object[]> items = new ArrayList<>();
		int deleted = jdbc.sql("delete from vote where voter_key = :key returning item_type, item_id")
			.param("key", subject.visitorKey())
			.query((rs, row) -> items.add(new Object[] { rs.getString(1), rs.getLong(2) }))
			.list()
			.size();
		// each item's summary again from the votes left, under the same lock a vote takes
		for (Object[] item : items) {
			jdbc.sql("""
					update rating_summary s set vote_count = v.n, vote_sum = v.total
					from (select count(*) as n, coalesce(sum(value), 0) as total from vote
					      where item_type = :kind and item_id = :id) v
					where s.item_type = :kind and s.item_id = :id""")
				.param("kind", item[0])
				.param("id", item[1])
				.update();
		}
		return Map.of("votes deleted", deleted);
	}

}
