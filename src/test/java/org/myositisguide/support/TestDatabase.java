package org.myositisguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (or the server named by
 * {@code MG_TEST_DB_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), and a fresh database
 * for each test class that asks.
 */
public final class TestDatabase {

	private static final AtomicInteger counter = new AtomicInteger();

	private static String adminUrl;

	private TestDatabase() {
	}

	/** Points a Spring test context at a new, empty database. */
	public static void register(DynamicPropertyRegistry registry) {
		String url = freshDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static synchronized String freshDatabase() {
		String admin = adminUrl();
		String name = "mg_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database on " + admin, ex);
		}
		return admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	private static String adminUrl() {
		if (adminUrl == null) {
			String external = System.getenv("MG_TEST_DB_URL");
			adminUrl = (external != null && !external.isBlank()) ? external : startEmbedded();
		}
		return adminUrl;
	}

	private static String startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("mg-test-pg"))
				.setCleanDataDirectory(true)
				.start();
			return postgres.getJdbcUrl("postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL for tests", ex);
		}
	}

}
