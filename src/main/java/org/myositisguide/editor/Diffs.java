package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * Line differences between two versions of a file (java-diff-utils), as unified-diff
 * lines for display.
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
			lines.add(new Line(kind, line));
		}
		return lines;
	}

	/** One line of a diff; {@code kind} is added, removed, same or hunk. */
	public record Line(String kind, String text) {
	}

}
