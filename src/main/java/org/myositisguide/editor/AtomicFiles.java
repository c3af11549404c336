package org.myositisguide.editor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Writes a file so that it is never seen half-written: the text goes to a hidden
 * temporary file in the same folder, is flushed to disk, and then replaces the target in
 * one atomic rename. A crash or a full disk leaves the old file as it was.
 */
@Component
public class AtomicFiles {

	private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

	/** Replaces (or creates) {@code target} with {@code text} in UTF-8. */
	public void write(Path target, String text) throws IOException {
		ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
		write(target, (channel) -> {
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
		});
	}

	void write(Path target, Body body) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				body.writeTo(channel);
				channel.force(true);
			}
			keepPermissions(target, temp);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		syncFolder(dir);
	}

	private static void keepPermissions(Path target, Path temp) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view != null) {
			view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : DEFAULT_PERMISSIONS);
		}
	}

	/** Makes the rename itself durable (where the platform allows opening a folder). */
	private static void syncFolder(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Not supported on every platform; the rename has happened either way.
		}
	}

	/** Writes the new content into the temporary file. */
	@FunctionalInterface
	interface Body {

		void writeTo(FileChannel channel) throws IOException;

	}

}
