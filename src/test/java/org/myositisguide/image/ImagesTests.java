package org.myositisguide.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Uploads are read by their content, written again without metadata, scaled down, and
 * refused with a clear reason when they are not pictures or are too big to decode safely.
 */
class ImagesTests {

	@Test
	void aPhotographLosesItsMetadataAndIsScaledDown() throws IOException {
		byte[] jpeg = TestImages.withExif(
				TestImages.encode(new BufferedImage(2400, 1200, BufferedImage.TYPE_INT_RGB), "jpeg"),
				"GPS 51.5N 0.1W taken at home");
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("taken at home");
		Images.Prepared prepared = Images.prepare(jpeg);
		assertThat(prepared.extension()).isEqualTo("jpg");
		assertThat(prepared.width()).isEqualTo(Images.MAX_WIDTH);
		assertThat(prepared.height()).isEqualTo(800);
		assertThat(new String(prepared.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("taken at home", "Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(prepared.bytes())).getWidth()).isEqualTo(1600);
		assertThat(Images.size(Images.resized(prepared.bytes(), 480))).containsExactly(480, 240);
	}

	@Test
	void aDrawingStaysPngAndAGifBecomesPng() throws IOException {
		assertThat(Images.prepare(TestImages.encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB), "png"))
			.extension()).isEqualTo("png");
		Images.Prepared gif = Images
			.prepare(TestImages.encode(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED), "gif"));
		assertThat(gif.extension()).isEqualTo("png");
		assertThat(gif.width()).isEqualTo(40);
	}

	@Test
	void whatIsNotAPictureOrTooBigIsRefusedWithAReason() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> Images.prepare(new byte[0]))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Images.prepare("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("not a picture");
		byte[] truncated = java.util.Arrays
			.copyOf(TestImages.encode(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png"), 40);
		assertThatIllegalArgumentException().isThrownBy(() -> Images.prepare(truncated))
			.withMessageContaining("not a picture");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Images
				.prepare(TestImages.encode(new BufferedImage(10_001, 1, BufferedImage.TYPE_INT_RGB), "png")))
			.withMessageContaining("10001 by 1 pixels");
		assertThatIllegalArgumentException().isThrownBy(() -> Images.prepare(new byte[Images.MAX_BYTES + 1]))
			.withMessageContaining("the limit is 5 MiB");
	}

}
