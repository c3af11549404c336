package org.myositisguide.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A content file split into its YAML front matter and Markdown body.
 *
 * @param path the file's display path
 * @param frontMatter the YAML between the two {@code ---} lines, or {@code null} when the
 * file has none
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line on which the body starts
 * @param hash SHA-256 of the file's text
 */
public record SourceFile(String path, String frontMatter, String body, int bodyLine, String hash) {

	/** The front matter's first line is the line after the opening {@code ---}. */
	public static final int FRONT_MATTER_LINE = 2;

	public static SourceFile parse(String path, String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		String hash = sha256(normalized);
		List<String> lines = normalized.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			return new SourceFile(path, null, normalized, 1, hash);
		}
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				String yaml = String.join("\n", lines.subList(1, i));
				String body = String.join("\n", lines.subList(i + 1, lines.size()));
				return new SourceFile(path, yaml, body, i + 2, hash);
			}
		}
		return new SourceFile(path, null, normalized, 1, hash);
	}

	public boolean hasFrontMatter() {
		return this.frontMatter != null;
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
