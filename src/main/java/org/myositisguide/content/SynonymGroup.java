package org.myositisguide.content;

import java.util.List;

/**
 * A medical term and the lay phrases and misspellings that should find it.
 */
public record SynonymGroup(String term, List<String> phrases, int line) {
}
