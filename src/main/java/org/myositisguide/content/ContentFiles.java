package org.myositisguide.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads content files defensively: only regular files inside the content folder, at most
 * {@link #MAX_BYTES}, valid UTF-8 text. Anything else is skipped with a clear problem.
 */
final class ContentFiles {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	private final Path root;

	private final Path realRoot;

	ContentFiles(Path root) throws IOException {
		this.root = root;
		this.realRoot = root.toRealPath();
	}

	/**
	 * The display path of a file: the content folder as given, then the relative path.
	 */
	String display(Path file) {
		return this.root.resolve(this.root.relativize(file)).toString().replace('\\', '/');
	}

	/** The {@code .md} files directly in a sub-folder, sorted by name. */
	List<Path> markdownFiles(String folder, List<Problem> problems) {
		Path dir = this.root.resolve(folder);
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return files;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path file : stream) {
				String name = file.getFileName().toString();
				if (name.endsWith(".md")) {
					files.add(file);
				}
				else if (!name.startsWith(".") && !Files.isDirectory(file)) {
					problems.add(Problem.warning(display(file), 0, "not a Markdown file (.md): ignored"));
				}
			}
		}
		catch (IOException ex) {
			problems.add(Problem.error(display(dir), 0, "cannot list folder: " + ex.getMessage()));
		}
		files.sort(null);
		return files;
	}

	/**
	 * The names of the regular files directly in a sub-folder (none when it does not
	 * exist).
	 */
	java.util.Set<String> names(String folder) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		Path dir = this.root.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return names;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path file : stream) {
				if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
					names.add(file.getFileName().toString());
				}
			}
		}
		catch (IOException ex) {
			// An unreadable folder has no pictures to offer; each reference is reported.
		}
		return names;
	}

	/** The slugs of the {@code .md} files in a sub-folder, readable or not. */
	java.util.Set<String> slugs(String folder) {
		java.util.Set<String> slugs = new java.util.TreeSet<>();
		for (Path file : markdownFiles(folder, new ArrayList<>())) {
			String name = file.getFileName().toString();
			slugs.add(name.substring(0, name.length() - 3));
		}
		return slugs;
	}

	/** The text of a file, or empty with a problem recorded. */
	Optional<String> read(Path file, List<Problem> problems) {
		String path = display(file);
		try {
			Path real = file.toRealPath();
			if (!real.startsWith(this.realRoot)) {
				problems.add(Problem.error(path, 0, "points outside the content folder: skipped"));
				return Optional.empty();
			}
			if (!Files.isRegularFile(real)) {
				problems.add(Problem.error(path, 0, "not a regular file: skipped"));
				return Optional.empty();
			}
			long size = Files.size(real);
			if (size > MAX_BYTES) {
				problems.add(Problem.error(path, 0,
						"file is " + size / 1024 + " KiB, over the " + MAX_BYTES / 1024 + " KiB limit: skipped"));
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(real);
			for (byte b : bytes) {
				if (b == 0) {
					problems.add(Problem.error(path, 0, "binary file (contains NUL bytes): skipped"));
					return Optional.empty();
				}
			}
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			problems.add(Problem.error(path, 0, "not valid UTF-8 text: skipped"));
		}
		catch (NoSuchFileException ex) {
			problems.add(Problem.warning(path, 0, "file disappeared while reading: skipped"));
		}
		catch (IOException ex) {
			problems.add(Problem.error(path, 0, "cannot read file: " + ex.getMessage()));
		}
		return Optional.empty();
	}

}
