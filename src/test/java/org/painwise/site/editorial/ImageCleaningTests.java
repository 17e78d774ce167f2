package org.painwise.site.editorial;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** An uploaded image keeps its pixels and nothing else. */
class ImageCleaningTests {

	@Test
	void aJpegLosesItsExifAndKeepsItsPicture() throws Exception {
		byte[] photo = jpegWithExif(8, 6, "GPS 51.5007 N 0.1246 W");
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("GPS 51.5007");

		byte[] clean = ImageCleaning.clean(ImageType.JPEG, photo);

		assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 51.5007").doesNotContain("Exif");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
		assertThat(image.getWidth()).isEqualTo(8);
		assertThat(image.getHeight()).isEqualTo(6);
		assertThat(ImageCleaning.sizeOf(ImageType.JPEG, photo)).isEqualTo(new ImageCleaning.Size(8, 6));
	}

	@Test
	void aPngLosesItsTextChunksAndAnythingAfterItsEnd() throws Exception {
		byte[] png = png(5, 4);
		// a tEXt chunk is metadata a program may add; bytes after IEND are a classic
		// hiding place
		byte[] withText = insertBeforeIend(png,
				chunk("tEXt", "Comment\0secret note".getBytes(StandardCharsets.ISO_8859_1)));
		byte[] withPayload = concat(withText, "<script>hidden</script>".getBytes(StandardCharsets.ISO_8859_1));

		byte[] clean = ImageCleaning.clean(ImageType.PNG, withPayload);

		String text = new String(clean, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("secret note").doesNotContain("hidden");
		assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(5);
	}

	@Test
	void aWebpKeepsOnlyItsImageChunks() throws Exception {
		// a lossless WebP header for a 300 x 200 image (VP8L: signature, 14-bit width-1
		// and height-1)
		int bits = (300 - 1) | (200 - 1) << 14;
		byte[] vp8l = { 0x2F, (byte) bits, (byte) (bits >>> 8), (byte) (bits >>> 16), (byte) (bits >>> 24), 1, 2, 3 };
		byte[] exif = "Exif\0\0GPS 51.5007 N".getBytes(StandardCharsets.ISO_8859_1);
		byte[] webp = concat(riff(concat(webpChunk("VP8L", vp8l), webpChunk("EXIF", exif))),
				"appended payload".getBytes(StandardCharsets.ISO_8859_1));

		assertThat(ImageCleaning.sizeOf(ImageType.WEBP, webp)).isEqualTo(new ImageCleaning.Size(300, 200));
		byte[] clean = ImageCleaning.clean(ImageType.WEBP, webp);

		assertThat(clean).isEqualTo(riff(webpChunk("VP8L", vp8l)));
		assertThat(ImageType.detect(clean)).contains(ImageType.WEBP);
	}

	@Test
	void aFileThatIsNotReallyAnImageCannotBeCleaned() {
		byte[] fake = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A },
				"not really".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(ImageCleaning.sizeOf(ImageType.PNG, fake)).isNull();
		assertThatIOException().isThrownBy(() -> ImageCleaning.clean(ImageType.PNG, fake));
	}

	/**
	 * A JPEG with an APP1 Exif segment holding the given text, as a phone camera writes
	 * one.
	 */
	static byte[] jpegWithExif(int width, int height, String text) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		byte[] jpeg = out.toByteArray();
		byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
				text.getBytes(StandardCharsets.ISO_8859_1));
		int length = payload.length + 2;
		byte[] app1 = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >>> 8), (byte) length }, payload);
		// after the start-of-image marker
		return concat(concat(new byte[] { jpeg[0], jpeg[1] }, app1), Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	private static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static byte[] insertBeforeIend(byte[] png, byte[] chunk) {
		int iend = png.length - 12;
		return concat(concat(Arrays.copyOfRange(png, 0, iend), chunk), Arrays.copyOfRange(png, iend, png.length));
	}

	private static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		crc.update(typeBytes);
		crc.update(data);
		long value = crc.getValue();
		return concat(concat(concat(bigEndian(data.length), typeBytes), data), bigEndian((int) value));
	}

	private static byte[] webpChunk(String fourcc, byte[] data) {
		byte[] padded = data.length % 2 == 0 ? data : concat(data, new byte[1]);
		return concat(concat(fourcc.getBytes(StandardCharsets.ISO_8859_1), littleEndian(data.length)), padded);
	}

	private static byte[] riff(byte[] chunks) {
		return concat(concat(concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), littleEndian(4 + chunks.length)),
				"WEBP".getBytes(StandardCharsets.ISO_8859_1)), chunks);
	}

	private static byte[] bigEndian(int value) {
		return new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
	}

	private static byte[] littleEndian(int value) {
		return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
