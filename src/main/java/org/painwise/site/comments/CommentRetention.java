package org.painwise.site.comments;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What comments keep only for a while: the hashed address and visitor key of a comment or
 * a report, once the hourly limits and duplicate checks are long past (after that a
 * writer no longer sees their own comment while it is held); and rejected and spam
 * comments themselves, some time after the decision (with their history and reports),
 * unless a published reply still hangs from them.
 */
@Component
@RequiredArgsConstructor
class CommentRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Instant hashCutoff = now.minus(retention.addressHashes());
		Instant decisionCutoff = now.minus(retention.rejectedComments());
		counts.put("comment address hashes cleared", PersonalDataRetention.forgetBefore(hashCutoff, jdbc,
				"""
						update comment set ip_hash = null, address_hash = null, visitor_key = null
						where created_at < :cutoff and (ip_hash is not null or address_hash is not null or visitor_key is not null)"""));
		counts.put("report address hashes cleared", PersonalDataRetention.forgetBefore(hashCutoff, jdbc, """
				update comment_report set ip_hash = null, reporter_key = null
				where created_at < :cutoff and (ip_hash is not null or reporter_key is not null)"""));
		counts.put("rejected and spam comments deleted", PersonalDataRetention.forgetBefore(decisionCutoff, jdbc,
				"""
						delete from comment c
						where c.status in ('REJECTED', 'SPAM') and c.moderated_at < :cutoff
						  and not exists (select 1 from comment r where r.id <> c.id and (r.parent_id = c.id or r.root_id = c.id))"""));
		return counts;
	}

}
