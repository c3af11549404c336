package org.myositisguide.web;

import org.myositisguide.support.ShippedSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts at the home page and follows every internal link of the shipped site: no link
 * may be broken, and every page has exactly one {@code
 *
<h1>} and a title of its own.
 */
class CrawlerTests extends ShippedSite {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void everyInternalLinkWorksAndEveryPageHasOneHeadingAndItsOwnTitle() throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		Map<String, String> titles = new HashMap<>();
		queue.add("/");
		seen.add("/");
		while (!queue.isEmpty()) {
			String path = queue.poll();
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1")).as("one h1 on " + path).hasSize(1);
			String title = page.title();
			String previous = titles.putIfAbsent(title, path);
			assertThat(previous).as("title '" + title + "' of " + path + " is also the title of " + previous).isNull();
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href").replaceAll("#.*$", "");
				if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/search")
						&& !href.contains("?page=") && seen.add(href)) {
					queue.add(href);
				}
			}
		}
		assertThat(seen).as("pages reached").hasSizeGreaterThan(30 + 25 + 60);
	}

}
