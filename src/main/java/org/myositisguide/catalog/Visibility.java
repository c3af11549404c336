package org.myositisguide.catalog;

import java.time.LocalDate;

/**
 * The one place that says what readers may see, and when. An article's
 * {@code visible_from} is set when it is indexed: its publication date when it is
 * published, nothing for a draft. It is public on that day and after (a scheduled article
 * appears on its day without a restart).
 */
public final class Visibility {

	/**
	 * The SQL condition for a public article of table alias {@code a}; binds
	 * {@code :today}.
	 */
	public static final String PUBLIC = "a.visible_from <= :today";

	private Visibility() {
	}

	/** {@code draft}, {@code scheduled} or {@code published}, on the given day. */
	public static String status(LocalDate visibleFrom, LocalDate today) {
		if (visibleFrom == null) {
			return "draft";
		}
		return visibleFrom.isAfter(today) ? "scheduled" : "published";
	}

}
