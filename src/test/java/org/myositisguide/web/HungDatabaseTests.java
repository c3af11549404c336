package org.myositisguide.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.myositisguide.support.PausableProxy;
import org.myositisguide.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that hangs (reachable, but answering nothing), simulated by pausing a TCP
 * proxy between the site and PostgreSQL: pages rendered before keep coming from memory at
 * once, and a search gives up within seconds with the calm 503 page; when the database
 * answers again, search works again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.watch=false", "site.meaning.enabled=false" })
class HungDatabaseTests {

	private static PausableProxy proxy;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		String url = TestDatabase.freshDatabase();
		Matcher server = Pattern.compile("//([^:/]+):(\\d+)/").matcher(url);
		assertThat(server.find()).as(url).isTrue();
		proxy = new PausableProxy(server.group(1), Integer.parseInt(server.group(2)));
		String proxied = url.replaceFirst("//[^:/]+:\\d+/", "//127.0.0.1:" + proxy.port() + "/");
		registry.add("spring.datasource.url", () -> proxied);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@AfterAll
	static void closeProxy() throws IOException {
		proxy.close();
	}

	@Test
	void pagesComeFromMemoryAndSearchGivesUpWithinSecondsWhileTheDatabaseHangs() throws Exception {
		assertThat(get("/articles/muscle-biopsy").statusCode()).isEqualTo(200);
		assertThat(get("/search?q=steroid+side+effects").statusCode()).isEqualTo(200);
		proxy.pause();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = get("/articles/muscle-biopsy");
			long pageMillis = (System.nanoTime() - start) / 1_000_000;
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Muscle biopsy");
			start = System.nanoTime();
			HttpResponse<String> search = get("/search?q=trouble+swallowing+pills");
			long searchMillis = (System.nanoTime() - start) / 1_000_000;
			assertThat(search.statusCode()).as("search while the database hangs").isEqualTo(503);
			assertThat(search.body()).contains("try again");
			assertThat(searchMillis).as("search gave up within seconds").isLessThan(15_000);
			System.out.printf("database hanging: a cached page in %d ms, a search answered 503 in %d ms%n", pageMillis,
					searchMillis);
		}
		finally {
			proxy.resume();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		int status = 0;
		while (status != 200 && System.nanoTime() < deadline) {
			status = get("/search?q=muscle+weakness+arms").statusCode();
			Thread.sleep(200);
		}
		assertThat(status).as("search works again").isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
