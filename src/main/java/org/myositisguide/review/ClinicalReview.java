package org.myositisguide.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One clinical review of an article, as recorded by an editor.
 *
 * @param reviewer the health professional's full name
 * @param role their profession and specialty, for example "Consultant rheumatologist"
 * @param registration their professional registration, if given (for example "GMC
 * 1234567")
 * @param reviewedOn the day they reviewed it
 * @param textHash the hash of the article file they reviewed
 * @param recordedBy the editor who recorded it
 */
public record ClinicalReview(long id, String articleSlug, String reviewer, String role, String registration,
		LocalDate reviewedOn, String textHash, String note, String recordedBy, Instant recordedAt) {
}
