package org.myositisguide.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.support.PrivatePostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while the site runs (its own private server, stopped and started again
 * on the same port and data folder) and comes back: pages keep being served from memory,
 * search and health say the database is down, quickly, and everything recovers without a
 * restart. Prints the timings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.watch=false", "site.page-cache.warm-delay=0s", "site.meaning.enabled=false" })
@DirtiesContext
class DatabaseOutageTests {

	private static final PrivatePostgres postgres = PrivatePostgres.create();

	/** Pages a reader visited before the outage. */
	private static final List<String> VISITED = List.of("/", "/articles/muscle-biopsy", "/tags/myositis");

	/**
	 * Pages nobody asked for before the outage: rendered ahead by the {@link PageWarmer}.
	 */
	private static final List<String> NOT_VISITED = List.of("/articles/swallowing-problems", "/tags/lungs", "/glossary",
			"/glossary/creatine-kinase", "/feed.atom", "/sitemap.xml");

	/**
	 * Every answer during the outage comes within this: the pool waits at most 3 s for a
	 * connection. The client gives up after 20 s.
	 */
	private static final Duration FAST_FAILURE = Duration.ofSeconds(5);

	private static final Duration RECOVERY = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<String> timings = new ArrayList<>();

	@LocalServerPort
	private int port;

	@Autowired
	private PageWarmer warmer;

	@Autowired
	private IndexState site;

	@Autowired
	private ShiftedClock clock;

	@Autowired
	private HikariDataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		postgres.start();
		registry.add("spring.datasource.url", postgres::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@AfterAll
	static void stopPostgres() {
		postgres.stop();
	}

	@Test
	void pagesStayUpSearchAndHealthSayDownAndEverythingRecoversWhenPostgresReturns() throws Exception {
		awaitWarmPages();
		for (String path : VISITED) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}

		postgres.stop();

		for (String path : concat(VISITED, NOT_VISITED)) {
			HttpResponse<String> page = timed("outage: page " + path, path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path)
				.contains(path.equals("/sitemap.xml") ? "<urlset" : "localhost:8080" + path)
				.doesNotContain("Please try again");
		}
		HttpResponse<String> unknown = timed("outage: page never rendered", "/articles/no-such-article");
		assertFriendlyUnavailablePage(unknown);
		HttpResponse<String> search = timed("outage: /search", "/search?q=biopsy");
		assertFriendlyUnavailablePage(search);
		HttpResponse<String> api = timed("outage: /api/search", "/api/search?q=biopsy");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(api.body()).contains("\"status\":503", "\"error\":\"Search is unavailable");
		HttpResponse<String> health = timed("outage: /actuator/health", "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"DOWN\"");

		this.clock.shift(Duration.ofDays(1));
		HttpResponse<String> nextDay = timed("outage: home page on a new day (copy out of date)", "/");
		assertThat(nextDay.statusCode()).isEqualTo(200);
		assertThat(nextDay.headers().firstValue("X-Page-Cache")).contains("stale");
		assertThat(nextDay.body()).contains("Browse by topic");

		long restart = System.nanoTime();
		postgres.start();
		this.timings.add(String.format("PostgreSQL restarted in %d ms", millisSince(restart)));
		restart = System.nanoTime();
		long searchBack = awaitStatus("/api/search?q=biopsy", 200, restart);
		long healthBack = awaitStatus("/actuator/health", 200, restart);
		this.timings.add(String.format("recovery: /api/search answered 200 after %d ms", searchBack));
		this.timings.add(String.format("recovery: /actuator/health UP after %d ms", healthBack));
		System.out.println("Database outage timings:\n  " + String.join("\n  ", this.timings));

		assertThat(Duration.ofMillis(Math.max(searchBack, healthBack))).isLessThan(RECOVERY);
		assertThat(get("/search?q=biopsy").body()).contains("href=\"/articles/muscle-biopsy\"");
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		// Rendered again, by this request or by the warm-up that follows the index
		// listener's
		// reconnection; never the stale copy.
		assertThat(home.headers().firstValue("X-Page-Cache")).as("rendered again, not stale")
			.isNotEqualTo(java.util.Optional.of("stale"));
		assertThat(get("/articles/no-such-article").statusCode()).isEqualTo(404);
		// No stuck connections: once the warm-up that follows recovery is done, the pool
		// is idle.
		long idleBy = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while ((this.dataSource.getHikariPoolMXBean().getActiveConnections() > 0
				|| this.dataSource.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0)
				&& System.nanoTime() < idleBy) {
			Thread.sleep(50);
		}
		assertThat(this.dataSource.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
		assertThat(this.dataSource.getHikariPoolMXBean().getActiveConnections()).isZero();
	}

	private void awaitWarmPages() throws InterruptedException {
		long start = System.nanoTime();
		while (this.warmer.warmedVersion() != this.site.version()) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("pages rendered ahead of readers")
				.isLessThan(Duration.ofSeconds(60));
			Thread.sleep(100);
		}
	}

	private static void assertFriendlyUnavailablePage(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("Please try again in a moment", "call 999")
			.doesNotContain("Exception", "at org.", "SQL", "Hikari");
	}

	private long awaitStatus(String path, int status, long since) throws Exception {
		while (get(path).statusCode() != status) {
			assertThat(Duration.ofNanos(System.nanoTime() - since)).as(path + " recovers").isLessThan(RECOVERY);
			Thread.sleep(200);
		}
		return millisSince(since);
	}

	private HttpResponse<String> timed(String what, String path) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = get(path);
		long millis = millisSince(start);
		this.timings.add(String.format("%s: %d in %d ms", what, response.statusCode(), millis));
		assertThat(Duration.ofMillis(millis)).as(what).isLessThan(FAST_FAILURE);
		return response;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/** The system clock, moved on by a test (a new day beginning during the outage). */
	static final class ShiftedClock extends Clock {

		private volatile Duration shift = Duration.ZERO;

		void shift(Duration by) {
			this.shift = this.shift.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.systemDefault();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.shift);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		ShiftedClock shiftedClock() {
			return new ShiftedClock();
		}

	}

}
