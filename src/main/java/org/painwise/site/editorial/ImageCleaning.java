package org.painwise.site.editorial;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An uploaded image made into a new file that holds only its pixels: EXIF (with the GPS
 * position a phone camera writes), comments, colour profiles and anything hidden in or
 * after the file are left behind. PNG and JPEG are decoded and encoded again (JPEG at
 * quality 0.92); WebP, which the JDK cannot decode, is rebuilt from its image chunks
 * only. The size is read from the file's header before anything is decoded, so an image
 * over the pixel limit is refused without ever being held in memory whole.
 */
final class ImageCleaning {

	/**
	 * The WebP chunks that make up the picture (and animation); everything else is
	 * metadata.
	 */
	private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");

	/**
	 * VP8X flags for an ICC profile, EXIF and XMP metadata, cleared with those chunks.
	 */
	private static final int WEBP_METADATA_FLAGS = 0x20 | 0x08 | 0x04;

	private ImageCleaning() {
	}

	record Size(int width, int height) {
	}

	/**
	 * The width and height in the file's header, or null when the header cannot be read.
	 */
	static Size sizeOf(ImageType type, byte[] data) {
		return type == ImageType.WEBP ? webpSize(data) : headerSize(data);
	}

	/**
	 * The image as a new file of the same type with nothing but the picture in it.
	 * @throws IOException when the image cannot be decoded
	 */
	static byte[] clean(ImageType type, byte[] data) throws IOException {
		return switch (type) {
			case WEBP -> webpImageChunks(data);
			case PNG -> encode(decode(data), "png", false);
			case JPEG -> encode(withoutAlpha(decode(data)), "jpeg", true);
		};
	}

	private static BufferedImage decode(byte[] data) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
		if (image == null) {
			throw new IOException("The image could not be decoded");
		}
		return image;
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static byte[] encode(BufferedImage image, String format, boolean lossy) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
		if (!writers.hasNext()) {
			throw new IOException("No " + format + " encoder");
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (lossy) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(0.92f);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static Size headerSize(byte[] data) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				return new Size(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** The canvas size of a WebP file, from its first chunk (VP8X, VP8L or VP8). */
	private static Size webpSize(byte[] data) {
		if (data.length < 30) {
			return null;
		}
		String first = new String(data, 12, 4, StandardCharsets.US_ASCII);
		int payload = 20;
		return switch (first) {
			case "VP8X" -> new Size(1 + uint24(data, payload + 4), 1 + uint24(data, payload + 7));
			case "VP8L" -> (data[payload] & 0xFF) != 0x2F ? null
					: new Size(1 + (bits(data, payload + 1) & 0x3FFF), 1 + ((bits(data, payload + 1) >>> 14) & 0x3FFF));
			case "VP8 " -> (data[payload + 3] & 0xFF) != 0x9D || (data[payload + 4] & 0xFF) != 0x01
					|| (data[payload + 5] & 0xFF) != 0x2A ? null
							: new Size(uint16(data, payload + 6) & 0x3FFF, uint16(data, payload + 8) & 0x3FFF);
			default -> null;
		};
	}

	/**
	 * A WebP file rebuilt from its image chunks; metadata chunks and anything after the
	 * file go.
	 */
	private static byte[] webpImageChunks(byte[] data) throws IOException {
		long riffSize = uint32(data, 4);
		int end = (int) Math.min(data.length, 8 + riffSize);
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		int at = 12;
		while (at + 8 <= end) {
			String fourcc = new String(data, at, 4, StandardCharsets.US_ASCII);
			long size = uint32(data, at + 4);
			long next = at + 8 + size + (size & 1);
			if (at + 8 + size > end) {
				throw new IOException("A WebP chunk runs past the end of the file");
			}
			if (WEBP_IMAGE_CHUNKS.contains(fourcc)) {
				byte[] chunk = Arrays.copyOfRange(data, at, (int) Math.min(next, end));
				if (fourcc.equals("VP8X")) {
					chunk[8] = (byte) (chunk[8] & ~WEBP_METADATA_FLAGS);
				}
				chunks.write(chunk);
				if ((size & 1) == 1 && chunk.length == 8 + size) {
					chunks.write(0);
				}
			}
			at = (int) next;
		}
		byte[] body = chunks.toByteArray();
		if (body.length == 0) {
			throw new IOException("The WebP file has no image in it");
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream(12 + body.length);
		file.write(new byte[] { 'R', 'I', 'F', 'F' });
		writeUint32(file, 4 + body.length);
		file.write(new byte[] { 'W', 'E', 'B', 'P' });
		file.write(body);
		return file.toByteArray();
	}

	private static int uint16(byte[] data, int at) {
		return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
	}

	private static int uint24(byte[] data, int at) {
		return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16;
	}

	private static int bits(byte[] data, int at) {
		return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16
				| (data[at + 3] & 0xFF) << 24;
	}

	private static long uint32(byte[] data, int at) {
		return bits(data, at) & 0xFFFFFFFFL;
	}

	private static void writeUint32(ByteArrayOutputStream out, int value) {
		out.write(value & 0xFF);
		out.write(value >>> 8 & 0xFF);
		out.write(value >>> 16 & 0xFF);
		out.write(value >>> 24 & 0xFF);
	}

}
