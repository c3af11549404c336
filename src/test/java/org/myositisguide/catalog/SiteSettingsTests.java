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

	@Autowired
	private org.myositisguide.settings.SiteProperties properties;

	@Test
	void anInstanceStartedOnACurrentIndexReadsTheStoredText() {
		SiteSettings restarted = new SiteSettings(this.jdbc, this.json, this.properties);
		assertThat(restarted.current()).isEqualTo(this.running.current());
		assertThat(restarted.current().footerLinks()).extracting(SiteInfo.FooterLink::url)
			.contains("/about/privacy", "/about/report-a-problem");
		assertThat(restarted.current().startHere()).isNotEmpty();
		assertThat(restarted.current().emergencySigns()).isNotEmpty();
	}

	@Test
	void aConfiguredBaseUrlWinsOverTheOneInSiteYml() {
		org.myositisguide.settings.SiteProperties deployed = new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
						java.util.Map.of("site.base-url", "https://myositis.example.org/")))
			.bindOrCreate("site", org.myositisguide.settings.SiteProperties.class);
		SiteInfo site = new SiteSettings(this.jdbc, this.json, deployed).current();
		assertThat(site.baseUrl()).isEqualTo("https://myositis.example.org");
		assertThat(site.footerLinks()).isEqualTo(this.running.current().footerLinks());
		assertThat(this.running.current().baseUrl()).as("site.yml's").isEqualTo("http://localhost:8080");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new org.springframework.boot.context.properties.bind.Binder(
					new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
							java.util.Map.of("site.base-url", "myositis.example.org")))
				.bindOrCreate("site", org.myositisguide.settings.SiteProperties.class))
			.hasStackTraceContaining("is not an http(s) address");
	}

}
