package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Line differences between two versions of a file (java-diff-utils), as unified-diff
 * lines for display; where a changed line replaces another, the words that differ are
 * marked within both.
 */
public final class Diffs {

	private static final int CONTEXT = 3;

	private Diffs() {
	}

	static List<Line> unified(String fromName, String from, String toName, String to) {
		List<String> original = from.lines().toList();
		List<String> revised = to.lines().toList();
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<Line> lines = new ArrayList<>();
		for (String line : UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, original, patch, CONTEXT)) {
			if (line.startsWith("---") || line.startsWith("+++")) {
				continue;
			}
			String kind = line.startsWith("@@") ? "hunk"
					: line.startsWith("+") ? "added" : line.startsWith("-") ? "removed" : "same";
			lines.add(new Line(kind, line, List.of(new Segment(line, false))));
		}
		markWords(lines);
		return lines;
	}

	/**
	 * Pairs each block of removed lines with the block of added lines that follows it,
	 * line by line, and marks the words that differ within each pair.
	 */
	private static void markWords(List<Line> lines) {
		int i = 0;
		while (i < lines.size()) {
			int removedStart = i;
			while (i < lines.size() && lines.get(i).kind().equals("removed")) {
				i++;
			}
			int addedStart = i;
			while (i < lines.size() && lines.get(i).kind().equals("added")) {
				i++;
			}
			int pairs = Math.min(addedStart - removedStart, i - addedStart);
			for (int p = 0; p < pairs; p++) {
				Line removed = lines.get(removedStart + p);
				Line added = lines.get(addedStart + p);
				List<String> from = words(removed.text().substring(1));
				List<String> to = words(added.text().substring(1));
				boolean[] fromChanged = new boolean[from.size()];
				boolean[] toChanged = new boolean[to.size()];
				for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
					mark(fromChanged, delta.getSource().getPosition(), delta.getSource().size());
					mark(toChanged, delta.getTarget().getPosition(), delta.getTarget().size());
				}
				lines.set(removedStart + p, removed.withSegments(segments(removed.text(), from, fromChanged)));
				lines.set(addedStart + p, added.withSegments(segments(added.text(), to, toChanged)));
			}
			if (i == removedStart) {
				i++;
			}
		}
	}

	/**
	 * Words and the spaces and punctuation between them, so that they join back exactly.
	 */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		java.util.regex.Matcher token = WORD.matcher(text);
		while (token.find()) {
			words.add(token.group());
		}
		return words;
	}

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern
		.compile("[\\p{L}\\p{N}']+|\\s+|[^\\p{L}\\p{N}'\\s]");

	private static void mark(boolean[] changed, int from, int size) {
		for (int k = from; k < from + size; k++) {
			changed[k] = true;
		}
	}

	/** The line's sign, then runs of words that are the same or changed. */
	private static List<Segment> segments(String line, List<String> words, boolean[] changed) {
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment(line.substring(0, 1), false));
		StringBuilder run = new StringBuilder();
		boolean runChanged = false;
		for (int k = 0; k < words.size(); k++) {
			if (k > 0 && changed[k] != runChanged) {
				segments.add(new Segment(run.toString(), runChanged));
				run.setLength(0);
			}
			runChanged = changed[k];
			run.append(words.get(k));
		}
		if (!run.isEmpty()) {
			segments.add(new Segment(run.toString(), runChanged));
		}
		return segments;
	}

	/**
	 * One line of a diff; {@code kind} is added, removed, same or hunk.
	 *
	 * @param segments the line's text in runs, those that differ from the line it
	 * replaces (or is replaced by) marked
	 */
	public record Line(String kind, String text, List<Segment> segments) {

		Line withSegments(List<Segment> segments) {
			return new Line(this.kind, this.text, segments);
		}

	}

	/** A run of a diff line's text, and whether it differs from the paired line. */
	public record Segment(String text, boolean changed) {
	}

}
