package org.painwise.site.editorial;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves article images to everyone. An image never changes once stored, so it is cached for a
 * year.
 */
@Controller
class ImageController {

	private final ImageStore images;

	ImageController(ImageStore images) {
		this.images = images;
	}

	@GetMapping("/images/{id:[0-9]{1,18}}")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		ImageStore.StoredImage image = images.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "We could not find that image."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.data());
	}

}
