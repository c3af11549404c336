package org.myositisguide.content;

import java.util.List;

/**
 * One urgent sign, written once in {@code content/urgent/<slug>.md} with its level, and
 * shown wherever an article includes it ({@code {% urgent <slug> %}}) and in the
 * urgent-help guide ({@code {% urgent-signs %}}).
 *
 * @param title the card's title: the sign or situation in plain words
 * @param level {@code emergency}, {@code urgent} or {@code routine}
 * @param match lower-case phrases that identify this sign in another card's text
 * @param body the card's Markdown: who it is for, the signs, what else to do
 */
public record UrgentSign(String slug, String path, String hash, String title, String level, List<String> match,
		List<Reference> references, String body) {
}
