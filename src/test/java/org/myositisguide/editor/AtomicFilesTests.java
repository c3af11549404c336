package org.myositisguide.editor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A save interrupted half-way (a crash, a full disk) must leave the old file whole.
 */
class AtomicFilesTests {

	private final AtomicFiles files = new AtomicFiles();

	@TempDir
	Path dir;

	@Test
	void replacesTheFileAndKeepsItsPermissions() throws IOException {
		Path target = this.dir.resolve("a.md");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
		this.files.write(target, "new text ✓");
		assertThat(Files.readString(target)).isEqualTo("new text ✓");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void aWriteThatDiesHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
		Path target = this.dir.resolve("a.md");
		String old = "---\ntitle: Old\n---\n" + "Every word of the old version.\n".repeat(1000);
		Files.writeString(target, old);
		assertThatIOException().isThrownBy(() -> this.files.write(target, (channel) -> {
			channel.write(ByteBuffer.wrap("---\ntitle: New\n".getBytes(StandardCharsets.UTF_8)));
			throw new IOException("No space left on device");
		})).withMessage("No space left on device");
		assertThat(Files.readString(target)).isEqualTo(old);
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void createsNewFilesReadableByOthers() throws IOException {
		Path target = this.dir.resolve("new.md");
		this.files.write(target, "hello");
		assertThat(Files.readString(target)).isEqualTo("hello");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
	}

	private java.util.List<Path> leftovers() throws IOException {
		try (Stream<Path> list = Files.list(this.dir)) {
			return list.filter((p) -> p.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

}
