package org.myositisguide.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when no
 * {@code spring.datasource.url} is configured, so a newcomer with only Java sees real
 * pages at once. Data is kept in {@code site.embedded-db.data-dir} across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(SiteProperties properties) throws IOException {
		Path dataDir = properties.embeddedDb().resolvedDataDir();
		Files.createDirectories(dataDir);
		logger.info("No spring.datasource.url set: starting embedded PostgreSQL with data in " + dataDir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(properties.embeddedDb().port())
			.start();
	}

	/**
	 * The pool takes the same {@code spring.datasource.hikari.*} settings as one for an
	 * external database (timeouts, keepalive, validation).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
