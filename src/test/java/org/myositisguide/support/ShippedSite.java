package org.myositisguide.support;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.myositisguide.meaning.Embedder;
import org.myositisguide.meaning.PassageVectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole site over the shipped content folder on one real PostgreSQL database, served
 * on a random port. Every test class that extends it shares one application context (and
 * so one index build), as they only read the site. Tests start once search by meaning
 * covers every passage and related lists take it into account (the model loads and
 * passages are embedded in the background).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ShippedSite {

	private static String database;

	@Autowired
	private Embedder embedder;

	@Autowired
	private PassageVectors vectors;

	@BeforeEach
	void searchByMeaningReady() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!(this.embedder.ready() && this.vectors.progress().complete() && this.vectors.progress().related()
				&& this.vectors.progress().passages() > 0)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Search by meaning not ready: model " + this.embedder.state() + ", " + this.vectors.progress());
			}
			Thread.sleep(100);
		}
	}

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
