package org.myositisguide;

import org.myositisguide.settings.SiteProperties;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relative content folder means a folder relative to the working directory, even when
 * the classpath happens to hold a folder of the same name (Spring's default conversion
 * would pick the classpath one: the test classpath has {@code fixtures/}).
 */
class SitePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void aRelativeContentFolderIsRelativeToTheWorkingDirectoryNotTheClasspath() {
		this.runner.withPropertyValues("site.content-dir=fixtures")
			.run((context) -> assertThat(context.getBean(SiteProperties.class).contentDir())
				.isEqualTo(Path.of("fixtures")));
	}

	@Test
	void theDefaultIsTheContentFolder() {
		this.runner.run((context) -> assertThat(context.getBean(SiteProperties.class).contentDir())
			.isEqualTo(Path.of("content")));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SiteProperties.class)
	@Import(MyositisGuideApplication.PathBinding.class)
	static class Settings {

	}

}
