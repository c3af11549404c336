package org.myositisguide.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A passage of an article: a section (or part of a long one) that can answer a question
 * on its own, for search by meaning and for answers that link to the section.
 *
 * @param anchor the id of the section's heading or card, or null for the article's top
 * @param heading the section's heading path ("Section › Subsection"), or null for the
 * article's opening
 * @param text the passage's plain text
 * @param own its own words: the text without the words of links to other articles, which
 * say what those articles are about, not this passage (a "see exercise and physical
 * therapy" line is no answer about physical therapy)
 * @param signs the shared urgent signs whose cards are in the passage
 */
public record Passage(String anchor, String heading, String text, String own, List<String> signs) {

	/**
	 * What the embedding model reads: the passage's own words with its article title and
	 * heading.
	 */
	public String embeddingText(String title) {
		return embeddingText(title, this.heading, this.own);
	}

	/** What the embedding model reads for a passage stored in the index. */
	public static String embeddingText(String title, String heading, String text) {
		return title + ". " + ((heading != null) ? heading + ". " : "") + text;
	}

	/** Identifies the embedded text: the same text always gets the same vector. */
	public String hash(String title) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(embeddingText(title).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
