package org.myositisguide.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * What the site does with a picture's bytes: learns its type from its content (never from
 * its name), refuses what is too big to decode safely, and writes it again from its
 * pixels alone, so that no metadata (camera, place, date, comments) survives. Photographs
 * stay JPEG; everything else becomes PNG.
 */
public final class Images {

	/** The largest upload accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The widest picture kept; wider ones are scaled down when uploaded. */
	public static final int MAX_WIDTH = 1600;

	/** The widths of the smaller copies offered to phones and tablets. */
	public static final List<Integer> VARIANT_WIDTHS = List.of(480, 960);

	/** A file name in {@code content/images}: a slug and {@code .jpg} or {@code .png}. */
	public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|png)");

	private static final int MAX_SIDE = 10_000;

	private static final long MAX_PIXELS = 40_000_000L;

	private Images() {
	}

	/**
	 * A picture ready to store.
	 *
	 * @param extension {@code jpg} or {@code png}
	 */
	public record Prepared(byte[] bytes, String extension, int width, int height) {
	}

	/**
	 * Reads an upload and writes it again without metadata, scaled down to
	 * {@link #MAX_WIDTH}.
	 * @throws IllegalArgumentException with a message for the editor when it is not a
	 * picture the site accepts
	 */
	public static Prepared prepare(byte[] upload) {
		if (upload.length == 0) {
			throw new IllegalArgumentException("the file is empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new IllegalArgumentException(
					"the file is " + upload.length / 1024 + " KiB; the limit is " + MAX_BYTES / 1024 / 1024 + " MiB");
		}
		Decoded decoded = decode(upload);
		boolean photo = decoded.format().equals("jpeg");
		BufferedImage image = scaled(decoded.image(), MAX_WIDTH, photo);
		return new Prepared(encode(image, photo), photo ? "jpg" : "png", image.getWidth(), image.getHeight());
	}

	/**
	 * A copy of a stored picture at most {@code width} pixels wide, in its own format.
	 */
	public static byte[] resized(byte[] stored, int width) {
		Decoded decoded = decode(stored);
		boolean photo = decoded.format().equals("jpeg");
		return encode(scaled(decoded.image(), width, photo), photo);
	}

	/** The width and height of a stored picture, read from its header only. */
	public static int[] size(byte[] stored) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(stored))) {
			ImageReader reader = reader(input);
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("the file is not a picture the site can read");
		}
	}

	/** The media type of a stored file name. */
	public static String mediaType(String name) {
		return name.endsWith(".png") ? "image/png" : "image/jpeg";
	}

	private record Decoded(BufferedImage image, String format) {
	}

	private static Decoded decode(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = reader(input);
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!List.of("jpeg", "png", "gif").contains(format)) {
					throw new IllegalArgumentException(
							"the file is a " + format + " picture; upload a JPEG, PNG or GIF picture");
				}
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
					throw new IllegalArgumentException("the picture is " + width + " by " + height
							+ " pixels; make it smaller than " + MAX_SIDE + " pixels a side");
				}
				BufferedImage image = reader.read(0);
				return new Decoded(image, format.equals("jpg") ? "jpeg" : format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IllegalArgumentException known && known.getMessage() != null
					&& known.getMessage().startsWith("the ")) {
				throw known;
			}
			throw new IllegalArgumentException("the file is not a picture the site can read (JPEG, PNG or GIF)");
		}
	}

	private static ImageReader reader(ImageInputStream input) {
		if (input == null) {
			throw new IllegalArgumentException("the file is not a picture the site can read (JPEG, PNG or GIF)");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			throw new IllegalArgumentException("the file is not a picture the site can read (JPEG, PNG or GIF)");
		}
		return readers.next();
	}

	private static BufferedImage scaled(BufferedImage source, int maxWidth, boolean photo) {
		int width = Math.min(source.getWidth(), maxWidth);
		int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
		BufferedImage target = new BufferedImage(width, height,
				photo ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			if (photo) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, boolean photo) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName(photo ? "jpeg" : "png").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (photo) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not write the picture: " + ex.getMessage(), ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
