package org.painwise.site.editorial;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves article images. An image a published article shows is for everyone and, as it
 * never changes once stored, cached for a year. An image only drafts use is for signed-in
 * staff alone (the editor's preview shows it), never stored by a shared cache; to anyone
 * else it does not exist, so nobody can find draft material by counting image numbers.
 */
@Controller
@RequiredArgsConstructor
class ImageController {

	private static final String STAFF_ROLE_PREFIX = "ROLE_";

	private final ImageStore images;

	@GetMapping("/images/{id}")
	ResponseEntity<byte[]> image(@PathVariable long id, HttpServletRequest request) {
		ImageStore.StoredImage image = images.find(id).orElseThrow(ImageController::notFound);
		boolean forReaders = images.shownToReaders(id);
		if (!forReaders && !signedInStaff(request)) {
			throw notFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(forReaders ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
					: CacheControl.noStore().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.data());
	}

	/**
	 * Whether the request comes from a signed-in staff member. Images are public
	 * addresses, outside the staff area's security, so the staff session (if the browser
	 * sent its cookie) is read here.
	 */
	private static boolean signedInStaff(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context)) {
			return false;
		}
		Authentication signedIn = context.getAuthentication();
		return signedIn != null && signedIn.isAuthenticated()
				&& signedIn.getAuthorities()
					.stream()
					.anyMatch(authority -> authority.getAuthority() != null
							&& authority.getAuthority().startsWith(STAFF_ROLE_PREFIX));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.editorial.image-not-found");
	}

}
