package org.myositisguide.feedback;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.ShippedSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood from many addresses cannot fill the tables: past the day's limit, answers and
 * reports are refused (the statement that stores one checks the limit itself).
 */
class DailyLimitTests extends ShippedSite {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PageFeedback feedback;

	@Autowired
	private ReaderReports reports;

	@Test
	void answersAndReportsStopAtTheDaysLimit() {
		try {
			Integer stored = this.jdbc.queryForObject(
					"select count(*) from page_feedback where created_at > now() - interval '1 day'", Integer.class);
			this.jdbc.update(
					"insert into page_feedback (slug, helpful) select 'flood', true from generate_series(1, ?)",
					PageFeedback.DAILY_LIMIT - 1 - stored);
			assertThat(this.feedback.add("flood", false, null)).as("the last one under the limit").isTrue();
			assertThat(this.feedback.add("flood", false, null)).as("over the limit").isFalse();
			this.jdbc.update("insert into reader_report (page, message) select '/flood', 'A flood of reports here' "
					+ "from generate_series(1, ?)", ReaderReports.DAILY_LIMIT);
			assertThat(this.reports.add("/flood", "One report too many today")).isFalse();
		}
		finally {
			this.jdbc.update("delete from page_feedback where slug = 'flood'");
			this.jdbc.update("delete from reader_report where page = '/flood'");
		}
	}

}
