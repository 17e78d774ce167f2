package org.painwise.site.editorial;

import java.io.IOException;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Article images, kept in PostgreSQL with their alt text. */
@Service
@RequiredArgsConstructor
class ImageStore {

	/** Why an upload was refused, as a message key. */
	static class Refused extends RuntimeException {

		private final String messageCode;

		private final Object[] args;

		Refused(String messageCode, Object... args) {
			super(messageCode);
			this.messageCode = messageCode;
			this.args = args;
		}

		String messageCode() {
			return messageCode;
		}

		Object[] args() {
			return args.clone();
		}

		/** The editor's field the refusal is about. */
		String field() {
			return "editorial.image.altMissing".equals(messageCode) ? "imageAlt" : "imageFile";
		}

		/** The editor page's status: too large and the wrong type have their own. */
		HttpStatus status() {
			return switch (messageCode) {
				case "editorial.image.tooLarge" -> HttpStatus.CONTENT_TOO_LARGE;
				case "editorial.image.wrongType" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				default -> HttpStatus.BAD_REQUEST;
			};
		}

	}

	record StoredImage(String contentType, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final EditorialProperties properties;

	/** Checks and stores an image, returning its id. */
	@Transactional
	long store(byte[] data, String alt, Long uploadedBy) {
		if (data == null || data.length == 0) {
			throw new Refused("editorial.image.missing");
		}
		if (alt == null || alt.isBlank()) {
			throw new Refused("editorial.image.altMissing");
		}
		if (data.length > properties.maxImageSize().toBytes()) {
			throw new Refused("editorial.image.tooLarge");
		}
		ImageType type = ImageType.detect(data).orElseThrow(() -> new Refused("editorial.image.wrongType"));
		ImageCleaning.Size size = ImageCleaning.sizeOf(type, data);
		if (size == null) {
			throw new Refused("editorial.image.unreadable");
		}
		if (size.width() > properties.maxImageWidth() || size.height() > properties.maxImageHeight()) {
			throw new Refused("editorial.image.tooManyPixels", properties.maxImageWidth(), properties.maxImageHeight());
		}
		byte[] clean;
		try {
			// only the pixels are kept: no EXIF (a phone's GPS position), no comments,
			// nothing hidden
			clean = ImageCleaning.clean(type, data);
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused("editorial.image.unreadable");
		}
		return jdbc.sql("""
				insert into image (content_type, size_bytes, width, height, alt_text, data, uploaded_by)
				values (:type, :size, :width, :height, :alt, :data, :by) returning id""")
			.param("type", type.contentType())
			.param("size", clean.length)
			.param("width", size.width())
			.param("height", size.height())
			.param("alt", alt.strip())
			.param("data", clean)
			.param("by", uploadedBy)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether a published article shows the image. An image only drafts use is for staff:
	 * it may show something not yet meant for readers.
	 */
	@Transactional(readOnly = true)
	boolean shownToReaders(long id) {
		return jdbc.sql("""
				select exists (select 1 from article
				               where status = 'PUBLISHED'
				                 and (body_markdown like '%(/images/' || cast(:id as text) || ')%'
				                      or body_markdown like '%(/images/' || cast(:id as text) || ' %'))""")
			.param("id", Long.toString(id))
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<StoredImage> find(long id) {
		return jdbc.sql("select content_type, data from image where id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredImage(rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

}
