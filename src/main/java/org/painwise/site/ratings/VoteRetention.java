package org.painwise.site.ratings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What votes keep only for a while: the hashed address and the visitor key, once the
 * hourly and daily limits are past. The vote itself stays in its item's rating (after
 * that, the site no longer shows a reader the stars they chose, and cannot tell a second
 * vote from the same browser). Votes on comments that no longer exist go, with their
 * summaries.
 */
@Component
@RequiredArgsConstructor
class VoteRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("vote address hashes cleared",
				PersonalDataRetention.forgetBefore(now.minus(retention.addressHashes()), jdbc, """
						update vote set ip_hash = null, voter_key = null
						where created_at < :cutoff and (ip_hash is not null or voter_key is not null)"""));
		counts.put("votes on deleted comments deleted", jdbc.sql("""
				delete from vote v where v.item_type = 'COMMENT'
				  and not exists (select 1 from comment c where c.id = v.item_id)""").update());
		jdbc.sql("""
				delete from rating_summary s where s.item_type = 'COMMENT'
				  and not exists (select 1 from comment c where c.id = s.item_id)""").update();
		return counts;
	}

}
