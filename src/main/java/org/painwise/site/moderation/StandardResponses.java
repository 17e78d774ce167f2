package org.painwise.site.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentFlag;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charity's standard responses: moderators list, add and change them, and every
 * change is written to the audit log with the text before and after.
 */
@Service
@ModeratorOnly
@Transactional
@RequiredArgsConstructor
class StandardResponses {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What a moderator sends to add or change a response; already checked. */
	record Content(String title, String body, boolean active, int position, CommentFlag suggestedFor,
			StandardResponse.Kind kind) {

		StandardResponseSaved.Version version() {
			return new StandardResponseSaved.Version(title, body, active, position, suggestedFor, kind.name());
		}

	}

	@Transactional(readOnly = true)
	List<StandardResponse> all() {
		return jdbc.sql("select * from standard_response order by position, id").query(StandardResponses::row).list();
	}

	/** The replies moderators can start from now. */
	@Transactional(readOnly = true)
	List<StandardResponse> active() {
		return active(StandardResponse.Kind.REPLY);
	}

	@Transactional(readOnly = true)
	List<StandardResponse> active(StandardResponse.Kind kind) {
		return jdbc.sql("select * from standard_response where active and kind = ? order by position, id")
			.param(kind.name())
			.query(StandardResponses::row)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<StandardResponse> find(long id) {
		return jdbc.sql("select * from standard_response where id = ?")
			.param(id)
			.query(StandardResponses::row)
			.optional();
	}

	long create(Content content, StaffMember by) {
		long id = jdbc
			.sql("""
					insert into standard_response (title, body, active, position, suggested_for, kind, created_at, updated_at)
					values (:title, :body, :active, :position, :suggestedFor, :kind, :now, :now) returning id""")
			.params(params(content))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new StandardResponseSaved(id, null, content.version(), by));
		return id;
	}

	/**
	 * @return false if there is no such response
	 */
	boolean update(long id, Content content, StaffMember by) {
		Optional<StandardResponse> before = jdbc.sql("select * from standard_response where id = ? for update")
			.param(id)
			.query(StandardResponses::row)
			.optional();
		if (before.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				update standard_response set title = :title, body = :body, active = :active, position = :position,
				       suggested_for = :suggestedFor, kind = :kind, updated_at = :now
				where id = :id""")
			.params(params(content))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		StandardResponse old = before.get();
		events.publishEvent(new StandardResponseSaved(id,
				new Content(old.title(), old.body(), old.active(), old.position(), old.suggestedFor(), old.kind())
					.version(),
				content.version(), by));
		return true;
	}

	private static java.util.Map<String, Object> params(Content content) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("title", content.title());
		params.put("body", content.body());
		params.put("active", content.active());
		params.put("position", content.position());
		params.put("suggestedFor", content.suggestedFor() == null ? null : content.suggestedFor().name());
		params.put("kind", content.kind().name());
		return params;
	}

	private static StandardResponse row(ResultSet rs, int row) throws SQLException {
		String suggested = rs.getString("suggested_for");
		return new StandardResponse(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
				rs.getBoolean("active"), rs.getInt("position"),
				suggested == null ? null : CommentFlag.valueOf(suggested),
				StandardResponse.Kind.valueOf(rs.getString("kind")));
	}

}
