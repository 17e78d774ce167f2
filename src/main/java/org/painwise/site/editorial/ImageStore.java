package org.painwise.site.editorial;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Article images, kept in PostgreSQL with their alt text. */
@Service
class ImageStore {

	/** Why an upload was refused, as a message key. */
	static class Refused extends RuntimeException {

		private final String messageCode;

		Refused(String messageCode) {
			super(messageCode);
			this.messageCode = messageCode;
		}

		String messageCode() {
			return messageCode;
		}

	}

	record StoredImage(String contentType, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final EditorialProperties properties;

	ImageStore(JdbcClient jdbc, EditorialProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

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
		int[] size = dimensions(data);
		return jdbc.sql("""
				insert into image (content_type, size_bytes, width, height, alt_text, data, uploaded_by)
				values (:type, :size, :width, :height, :alt, :data, :by) returning id""")
			.param("type", type.contentType())
			.param("size", data.length)
			.param("width", size == null ? null : size[0])
			.param("height", size == null ? null : size[1])
			.param("alt", alt.strip())
			.param("data", data)
			.param("by", uploadedBy)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<StoredImage> find(long id) {
		return jdbc.sql("select content_type, data from image where id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredImage(rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

	/** Width and height read from the header only, or null where Java cannot read the format. */
	private static int[] dimensions(byte[] data) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
