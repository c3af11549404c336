/**
 * The editor area under {@code /editor}: login, dashboard, preview, in-browser editing
 * with safe saves, conflicts and revisions, and the {@code add-editor} command. Readers
 * never reach it and never get a cookie from it.
 */
package org.myositisguide.editor;
