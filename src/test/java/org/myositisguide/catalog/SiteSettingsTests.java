package org.myositisguide.catalog;

import org.junit.jupiter.api.Test;
import org.myositisguide.content.SiteInfo;
import org.myositisguide.support.ShippedSite;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site text after a restart: an instance started on an index that is already current
 * (so no index change is announced) still shows the stored text, not the default.
 */
class SiteSettingsTests extends ShippedSite {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private SiteSettings running;

	@Test
	void anInstanceStartedOnACurrentIndexReadsTheStoredText() {
		SiteSettings restarted = new SiteSettings(this.jdbc, this.json);
		assertThat(restarted.current()).isEqualTo(this.running.current());
		assertThat(restarted.current().footerLinks()).extracting(SiteInfo.FooterLink::url)
			.contains("/about/privacy", "/about/report-a-problem");
		assertThat(restarted.current().startHere()).isNotEmpty();
		assertThat(restarted.current().emergencySigns()).isNotEmpty();
	}

}
