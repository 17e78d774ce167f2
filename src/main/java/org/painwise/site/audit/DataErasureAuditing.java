package org.painwise.site.audit;

import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.painwise.site.privacy.ReaderDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each erasure of a reader's data to the audit log, with counts of what went but
 * nothing that leads to the reader.
 */
@Component
@RequiredArgsConstructor
class DataErasureAuditing {

	private final AuditLog audit;

	@EventListener
	void erased(ReaderDataErased event) {
		String summary = event.counts()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.map(entry -> entry.getValue() + " " + entry.getKey())
			.collect(Collectors.joining(", "));
		String actor = event.staffId() == null ? audit.words("audit.data.by-reader") : event.staffName();
		audit.record(new AuditLog.Entry(event.staffId(), actor, "erased a reader's data", "reader-data", null, null,
				null, summary.isEmpty() ? audit.words("audit.data.nothing-held") : summary));
	}

}
