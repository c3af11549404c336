package org.myositisguide.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

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
@EnabledIf("browserInstalled")
class OfflineBrowserTests {

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.page-cache.warm-limit", () -> "0");
	}

	static boolean browserInstalled() {
		return Browser.installed();
	}

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void urgentHelpAndSavedArticlesOpenWithTheServerGone() throws Exception {
		String base = "http://localhost:" + this.port;
		driver.get(base + "/articles/muscle-biopsy");
		awaitTrue("the service worker kept the urgent-help guide",
				"caches.match('/articles/when-to-get-urgent-help').then(function (r) { done(!!r); })");
		driver.findElement(By.cssSelector("[data-save-offline]")).click();
		awaitTrue("the article was saved", "caches.match('/articles/muscle-biopsy').then(function (r) { done(!!r); })");

		this.context.getWebServer().stop();
		driver.get(base + "/articles/when-to-get-urgent-help");
		assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("urgent");
		assertThat(driver.findElements(By.cssSelector("link[rel=stylesheet]"))).isNotEmpty();
		driver.get(base + "/articles/muscle-biopsy");
		assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("biopsy");
		driver.get(base + "/tags/myositis");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You are offline");
		assertThat(driver.getPageSource()).contains("/articles/when-to-get-urgent-help", "999");
		assertThat(driver.manage().getCookies()).isEmpty();
	}

	private static void awaitTrue(String what, String script) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < until) {
			Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];" + script);
			if (Boolean.TRUE.equals(result)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(what + ": not within 15 s; " + List.of(script));
	}

}
