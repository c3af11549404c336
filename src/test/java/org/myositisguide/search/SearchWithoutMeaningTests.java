package org.myositisguide.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.myositisguide.meaning.Embedder;
import org.myositisguide.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the embedding model cannot load, search works by words alone, nothing fails, and
 * the health endpoint says search is degraded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.meaning.model=no-such-model", "site.watch=false" })
class SearchWithoutMeaningTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private SearchService search;

	@Autowired
	private Embedder embedder;

	@Test
	void searchWorksByWordsAloneAndHealthSaysDegraded() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.embedder.state().equals("loading") && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.embedder.state()).startsWith("failed to load");

		SearchResults results = this.search.search("trouble swallowing", 1);
		assertThat(results.meaning()).isFalse();
		assertThat(results.results()).extracting(SearchHit::slug).first().isEqualTo("swallowing-problems");
		assertThat(this.search.search("can i drink alcohol on methotrexate", 1).results()).extracting(SearchHit::slug)
			.contains("methotrexate-and-steroid-sparing-drugs");
		assertThat(this.search.search("'; drop table article; --", 1).results()).isNotNull();

		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"DEGRADED\"");
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/search?q=ck+test")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/articles/creatine-kinase-blood-test");
	}

}
