package org.myositisguide.content;

import java.util.List;

/**
 * One urgent sign, written once in {@code content/urgent/<slug>.md} with its level, and
 * shown wherever an article includes it ({@code {% urgent <slug> %}}) and in the
 * urgent-help guide ({@code {% urgent-signs %}}).
 *
 * @param title the card's title: the sign or situation in plain words
 * @param level {@code emergency}, {@code urgent} or {@code routine}
 * @param match lower-case phrases that identify this sign in another card's text (and in
 * a search)
 * @param everyday lower-case phrases in a reader's everyday words for this sign ("face
 * lopsided"): they name the sign in a search, and count nowhere else (not in the text of
 * pages that show the card, nor in the check of articles' own cards)
 * @param body the card's Markdown: who it is for, the signs, what else to do
 */
public record UrgentSign(String slug, String path, String hash, String title, String level, List<String> match,
		List<String> everyday, List<Reference> references, String body) {
}
