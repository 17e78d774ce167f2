package org.painwise.site.comments;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed start time for the comment form, asked for by its script when the reader
 * begins writing, so the page with the form can be the same for everyone. Never stored by
 * any cache.
 */
@Controller
@RequiredArgsConstructor
class FormTimerController {

	private final FormTimer formTimer;

	@GetMapping(path = "/comments/form-start", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> formStart() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("started", formTimer.start()));
	}

}
