package org.myositisguide.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.TestDatabase;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Urgent help with no connection at all: after one visit, the site's server is stopped
 * (its own application context, so nothing else is affected) and the service worker must
 * still open the urgent-help guide and a saved article, and show the offline page for
 * anything else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@EnabledIf("org.myositisguide.support.Browser#installed")
class OfflineBrowserTests {

	@org.junit.jupiter.api.extension.RegisterExtension
	static final Browser.Session browser = new Browser.Session();

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.page-cache.warm-limit", () -> "0");
	}

	@Test
	void urgentHelpAndSavedArticlesOpenWithTheServerGone() throws Exception {
		String base = "http://localhost:" + this.port;
		browser.driver().get(base + "/articles/muscle-biopsy");
		awaitTrue("the service worker kept the urgent-help guide",
				"caches.match('/articles/when-to-get-urgent-help').then(function (r) { done(!!r); })");
		browser.driver().findElement(By.cssSelector("[data-save-offline]")).click();
		awaitTrue("the article was saved", "caches.match('/articles/muscle-biopsy').then(function (r) { done(!!r); })");

		this.context.getWebServer().stop();
		browser.driver().get(base + "/articles/when-to-get-urgent-help");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).containsIgnoringCase("urgent");
		assertThat(browser.driver().findElements(By.cssSelector("link[rel=stylesheet]"))).isNotEmpty();
		browser.driver().get(base + "/articles/muscle-biopsy");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).containsIgnoringCase("biopsy");
		browser.driver().get(base + "/tags/myositis");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You are offline");
		assertThat(browser.driver().getPageSource()).contains("/articles/when-to-get-urgent-help", "999");
		assertThat(browser.driver().manage().getCookies()).isEmpty();
	}

	private static void awaitTrue(String what, String script) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < until) {
			Object result = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];" + script);
			if (Boolean.TRUE.equals(result)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(what + ": not within 15 s; " + List.of(script));
	}

}
