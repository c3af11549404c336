package org.myositisguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary copies of the fixture content folder, for tests that change files.
 */
public final class TestFiles {

	public static final Path FIXTURES = Path.of("src/test/resources/fixtures/content");

	private TestFiles() {
	}

	public static Path copyOfFixtures() {
		try {
			Path dir = Files.createTempDirectory("mg-content");
			resetFixtures(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes a folder an exact copy of the fixtures again. */
	public static void resetFixtures(Path dir) throws IOException {
		try (Stream<Path> old = Files.walk(dir)) {
			old.sorted(Comparator.reverseOrder()).filter((p) -> !p.equals(dir)).forEach((p) -> p.toFile().delete());
		}
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			for (Path source : files.toList()) {
				Path target = dir.resolve(FIXTURES.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
