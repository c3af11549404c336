package org.myositisguide.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starting before the database is reachable: the migrations, the first thing that needs
 * it, wait with Flyway's connection retries ({@code spring.flyway.connect-retries} times,
 * 1 s, 2 s, 4 s ... apart, at most {@code spring.flyway.connect-retries-interval}), and
 * the log says once, up front, which database it is waiting for and for how long. Then
 * the application starts as usual; if the database never comes, it stops with Flyway's
 * "Unable to obtain connection from database".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class DatabaseStartup {

	private static final Log logger = LogFactory.getLog(DatabaseStartup.class);

	@Bean
	FlywayMigrationStrategy waitForTheDatabase(DataSource dataSource, FlywayProperties flyway) {
		return (migration) -> {
			try (Connection connection = dataSource.getConnection()) {
				// reachable: migrate at once
			}
			catch (SQLException ex) {
				logger.warn("Waiting for the database at " + describe(dataSource) + ", which cannot be reached yet ("
						+ ex.getMessage() + "). Retrying with backoff for up to "
						+ patience(flyway.getConnectRetries(), flyway.getConnectRetriesInterval())
						+ " before giving up (spring.flyway.connect-retries=" + flyway.getConnectRetries()
						+ ", spring.flyway.connect-retries-interval=" + flyway.getConnectRetriesInterval().toSeconds()
						+ "s).");
			}
			migration.migrate();
		};
	}

	/** The JDBC URL without its parameters (which may hold a password) and the user. */
	static String describe(DataSource dataSource) {
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			String url = hikari.getJdbcUrl().replaceFirst("\\?.*$", "");
			return url + ((hikari.getUsername() != null) ? " as user '" + hikari.getUsername() + "'" : "");
		}
		return "the configured data source";
	}

	/**
	 * How long Flyway's retries take in all: 1 s, 2 s, 4 s ... each at most the interval.
	 */
	static String patience(int retries, Duration interval) {
		long total = 0;
		long wait = 1;
		for (int i = 0; i < retries; i++) {
			wait = Math.min(wait, Math.max(1, interval.toSeconds()));
			total += wait;
			wait *= 2;
		}
		return (total < 120) ? total + " s" : "about " + Math.round(total / 60.0) + " minutes";
	}

}
