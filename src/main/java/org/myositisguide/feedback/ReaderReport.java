package org.myositisguide.feedback;

import java.time.OffsetDateTime;

/**
 * A reader's report of a mistake or problem.
 *
 * @param page the page it is about (a path on this site), or null
 */
public record ReaderReport(long id, String page, String message, OffsetDateTime createdAt) {
}
