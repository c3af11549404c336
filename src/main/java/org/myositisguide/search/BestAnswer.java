package org.myositisguide.search;

import java.util.List;

/**
 * The passage that answers a clear question, shown above the results.
 *
 * @param title the article's title
 * @param url the article at the section
 * @param section the section's heading, or null for the article's opening
 * @param text the passage as safe HTML (whole sentences, matched words marked)
 * @param cards the care cards of the urgent signs the passage is about (safe HTML, as
 * rendered in the article)
 */
public record BestAnswer(String title, String url, String section, String text, List<String> cards) {
}
