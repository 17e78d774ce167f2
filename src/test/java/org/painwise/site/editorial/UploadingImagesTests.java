package org.painwise.site.editorial;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Images go up inside the editor form, are checked by their content, stored in
 * PostgreSQL, and served to everyone with long cache headers. No image goes out without
 * alt text.
 */
@SiteTest
class UploadingImagesTests extends EditorTestSupport {

	private static final Pattern INSERTED = Pattern
		.compile("My text so far\\.\\s+!\\[([^\\]]*)\\]\\(/images/([0-9]+)\\)");

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * The editor's form for a new article with this body, sending a file with the "Upload
	 * image" button.
	 */
	private RequestBuilder upload(String body, String fileName, String type, byte[] data, String alt) {
		return fixtures.articleForm("/staff/articles", "With image", "with-image", body)
			.file(new MockMultipartFile("imageFile", fileName, type, data))
			.param("imageAlt", alt)
			.param("action", "upload")
			.session(editor)
			.with(TestCsrf.csrf());
	}

	@Test
	void aPngNamedLikeAJpegIsStoredAsAPngAndAddedToTheBodyWithItsAltText() throws Exception {
		String page = mvc
			.perform(upload("My text so far.", "photo.jpg", "image/jpeg", png(4, 3),
					"A hot water bottle in a knitted cover"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Image added to the end of the body")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("My text so far.");
		Matcher inserted = INSERTED.matcher(page);
		assertThat(inserted.find()).isTrue();
		assertThat(inserted.group(1)).isEqualTo("A hot water bottle in a knitted cover");
		String id = inserted.group(2);
		assertThat(jdbc.sql("select content_type || ' ' || width || 'x' || height from image where id = :id")
			.param("id", Long.parseLong(id))
			.query(String.class)
			.single()).isEqualTo("image/png 4x3");

		// the article is a draft: its image is for staff only, and no shared cache keeps
		// it
		mvc.perform(get("/images/" + id)).andExpect(status().isNotFound());
		byte[] served = mvc.perform(get("/images/" + id).session(editor))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(4);
		assertThat(image.getHeight()).isEqualTo(3);
	}

	@Test
	void anImageIsForEveryoneOnceAPublishedArticleShowsIt() throws Exception {
		String page = mvc.perform(upload("My text so far.", "photo.png", "image/png", png(2, 2), "Two by two"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher inserted = INSERTED.matcher(page);
		assertThat(inserted.find()).isTrue();
		long id = Long.parseLong(inserted.group(2));
		long article = fixtures.createDraft(editor, "Shows an image", EditorialFixtures.uniqueSlug("shows-an-image"),
				"Here it is:\n\n![Two by two](/images/" + id + ")\n");
		mvc.perform(get("/images/" + id)).andExpect(status().isNotFound());

		mvc.perform(fixtures.publish(editor, article)).andExpect(status().is3xxRedirection());

		mvc.perform(get("/images/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
	}

	@Test
	void aPhotosHiddenDataIsGoneOnceUploaded() throws Exception {
		byte[] withGps = ImageCleaningTests.jpegWithExif(8, 6, "GPS 51.5007 N 0.1246 W");
		String page = mvc.perform(upload("My text so far.", "phone.jpg", "image/jpeg", withGps, "A photo from a phone"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher inserted = INSERTED.matcher(page);
		assertThat(inserted.find()).isTrue();
		byte[] stored = jdbc.sql("select data from image where id = ?")
			.param(Long.parseLong(inserted.group(2)))
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 51.5007")
			.doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(8);
	}

	@Test
	void anImageWithTooManyPixelsIsRefusedBeforeItIsDecoded() throws Exception {
		mvc.perform(upload("Kept text.", "wide.png", "image/png", png(4001, 1), "Very wide"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("at most 4,000 by 4,000 pixels"), containsString("Kept text."))));
	}

	@Test
	void aTextFileNamedLikeAPngIsRefused() throws Exception {
		mvc.perform(upload("Kept text.", "innocent.png", "image/png",
				"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Anything"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(
					allOf(containsString("The file is not a PNG, JPEG or WebP image."), containsString("Kept text."))));
	}

	@Test
	void anImageOverTheSizeLimitIsRefused() throws Exception {
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(png(1, 1), 0, big, 0, 8);
		mvc.perform(upload("Kept text.", "big.png", "image/png", big, "Big"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The image is too large.")));
	}

	@Test
	void anImageWithoutAltTextIsRefused() throws Exception {
		long before = jdbc.sql("select count(*) from image").query(Long.class).single();
		mvc.perform(upload("Kept text.", "a.png", "image/png", png(2, 2), "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter alt text that describes the image.")));
		assertThat(jdbc.sql("select count(*) from image").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void savingABodyWithAnImageWithoutAltTextIsRefused() throws Exception {
		mvc.perform(fixtures
			.articleForm("/staff/articles", "No alt", EditorialFixtures.uniqueSlug("no-alt"), "Look:\n\n![](/images/1)")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Every image needs alt text")));
		mvc.perform(fixtures
			.articleForm("/staff/articles", "Foreign", EditorialFixtures.uniqueSlug("foreign"),
					"![a tracker](https://evil.example/pixel.png)")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Images must be uploaded to the site")));
	}

	@Test
	void anUnknownImageIsA404() throws Exception {
		mvc.perform(get("/images/987654321")).andExpect(status().isNotFound());
	}

}
