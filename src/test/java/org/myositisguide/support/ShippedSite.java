package org.myositisguide.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole site over the shipped content folder on one real PostgreSQL database, served
 * on a random port. Every test class that extends it shares one application context (and
 * so one index build), as they only read the site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ShippedSite {

	private static String database;

	@DynamicPropertySource
	static void shippedSite(DynamicPropertyRegistry registry) {
		String url = database();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	private static synchronized String database() {
		if (database == null) {
			database = TestDatabase.freshDatabase();
		}
		return database;
	}

}
