package org.myositisguide.content;

/**
 * How serious a content problem is: an error keeps the file out of the index (its last
 * good version stays published), a warning is reported but the file is used.
 */
public enum Severity {

	ERROR, WARNING;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
