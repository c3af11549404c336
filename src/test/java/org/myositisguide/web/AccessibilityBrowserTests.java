package org.myositisguide.web;

import org.myositisguide.support.ShippedSite;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myositisguide.editor.EditorAccounts;
import org.myositisguide.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in a real headless Chromium (Debian's, never a downloaded one), checked
 * with axe-core for the WCAG 2.0, 2.1 and 2.2 A and AA rules at desktop and phone sizes,
 * and at desktop size in the dark theme. Screenshots go to {@code target/screenshots},
 * with one more of the first glossary term linked in an article's text, scrolled into
 * view and focused. Runs where {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} are installed (CI installs them).
 */
@EnabledIf("org.myositisguide.support.Browser#installed")
class AccessibilityBrowserTests extends ShippedSite {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@org.junit.jupiter.api.extension.RegisterExtension
	static final Browser.Session browser = new Browser.Session();

	@LocalServerPort
	private int port;

	@Autowired
	private EditorAccounts accounts;

	@ParameterizedTest
	@CsvSource({ "home, /", "article, /articles/dermatomyositis-and-polymyositis", "topics, /tags",
			"topic, /tags/autoimmune-myopathy", "search, /search?q=trouble+swallowing",
			"no-results, /search?q=kidney+stone", "glossary, /glossary", "term, /glossary/creatine-kinase",
			"not-found, /articles/no-such-page", "editor-login, /editor/login", "body-map, /body",
			"body-region, /body/lungs", "care-cards, /articles/swallowing-problems#when-to-get-urgent-help",
			"appointment-sheet, '/print?articles=dermatomyositis-and-polymyositis,muscle-biopsy'",
			"choose-articles, /print", "urgent-guide, /articles/when-to-get-urgent-help", "about, /about",
			"privacy, /about/privacy", "accessibility, /about/accessibility" })
	void pagesHaveNoWcagViolationsOnDesktopOrPhoneInLightOrDarkTheme(String name, String path) throws IOException {
		for (View view : List.of(new View("light", 1280, 900), new View("light", 390, 844),
				new View("dark", 1280, 900))) {
			browser.driver()
				.executeCdpCommand("Emulation.setEmulatedMedia",
						Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", view.theme()))));
			browser.driver().manage().window().setSize(view.size());
			browser.driver().get("http://localhost:" + this.port + path);
			Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
			assertThat(results.getViolations()).as(name + " at " + view + ": " + describe(results.getViolations()))
				.isEmpty();
			assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
			System.out.println("axe " + name + " at " + view + ": " + results.getPasses().size() + " rules passed, "
					+ results.getIncomplete().size() + " to review by hand ("
					+ results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")) + "), "
					+ results.getInapplicable().size() + " not applicable, 0 violations");
			screenshot(name + "-" + view);
			List<WebElement> terms = browser.driver().findElements(By.cssSelector(".prose a.term"));
			if (!terms.isEmpty()) {
				browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", terms.get(0));
				screenshot(name + "-term-" + view);
				browser.driver().executeScript("arguments[0].focus();", terms.get(0));
				screenshot(name + "-term-focused-" + view);
			}
		}
	}

	/**
	 * WCAG 1.4.4 and 1.4.10: at 200% zoom of a 1280x900 window (the same as a 640 CSS px
	 * viewport at twice the pixel density) every page type reflows: nothing is wider than
	 * the window, so nothing needs sideways scrolling or is cut off.
	 */
	@ParameterizedTest
	@CsvSource({ "/", "/articles/dermatomyositis-and-polymyositis", "/tags", "/tags/autoimmune-myopathy",
			"/search?q=trouble+swallowing", "/glossary", "/editor/login",
			"'/print?articles=dermatomyositis-and-polymyositis,muscle-biopsy'" })
	void pagesReflowAtTwoHundredPercentZoom(String path) throws IOException {
		browser.driver()
			.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
		try {
			browser.driver().get("http://localhost:" + this.port + path);
			Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
			Number clientWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
			assertThat(scrollWidth.intValue()).as(path + " at 200% zoom").isLessThanOrEqualTo(clientWidth.intValue());
			screenshot("zoom-200" + path.replaceAll("[^a-z0-9]+", "-"));
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * The appointment sheet prints on one or two A4 pages, with the print stylesheet
	 * (Chromium's own PDF printing, counted from the PDF's page objects).
	 */
	@Test
	void anAppointmentSheetPrintsOnOneOrTwoPages() throws IOException {
		browser.driver().get("http://localhost:" + this.port + "/articles/swallowing-problems/print");
		Map<String, Object> pdf = browser.driver()
			.executeCdpCommand("Page.printToPDF",
					Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
		byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
		Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("appointment-sheet.pdf"), bytes);
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
		System.out.println("appointment sheet for swallowing-problems: " + pages + " A4 page(s)");
		assertThat(pages).isBetween(1L, 2L);
	}

	/**
	 * Urgent help offline: the service worker keeps the urgent-help guide, the offline
	 * page and their stylesheet, and any article saved with "Save for offline".
	 * (Chromium's network emulation does not reach a service worker's own requests, so
	 * the test checks what is kept rather than pulling the network.)
	 */
	@Test
	void theServiceWorkerKeepsUrgentHelpAndSavedArticlesForOffline() throws Exception {
		String base = "http://localhost:" + this.port;
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		browser.driver().get(base + "/articles/muscle-biopsy");
		assertThat(cached("/articles/when-to-get-urgent-help")).as("urgent help kept").isTrue();
		assertThat(cached("/offline")).as("offline page kept").isTrue();
		assertThat(browser.driver()
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "caches.keys().then(function (names) { return caches.open(names[0]); })"
					+ ".then(function (c) { return c.keys(); })"
					+ ".then(function (keys) { done(keys.map(function (k) { return new URL(k.url).pathname; })); });"))
			.asString()
			.containsPattern("/css/site-[0-9a-f]{32}\\.css");
		assertThat(cached("/articles/muscle-biopsy")).as("not kept before the reader asks").isFalse();
		browser.driver().findElement(By.cssSelector("[data-save-offline]")).click();
		long until = System.currentTimeMillis() + 10_000;
		while (!browser.driver().findElement(By.id("offline-status")).getText().startsWith("Saved")
				&& System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(browser.driver().findElement(By.id("offline-status")).getText()).startsWith("Saved");
		assertThat(cached("/articles/muscle-biopsy")).as("saved for offline").isTrue();
		assertThat(browser.driver().manage().getCookies()).as("no cookies").isEmpty();
	}

	private static boolean cached(String path) throws InterruptedException {
		long until = System.currentTimeMillis() + (path.equals("/articles/muscle-biopsy") ? 500 : 10_000);
		while (System.currentTimeMillis() < until) {
			Object found = browser.driver()
				.executeAsyncScript("var done = arguments[arguments.length - 1];"
						+ "caches.match(arguments[0]).then(function (r) { done(!!r); }, function () { done(false); });",
						path);
			if (Boolean.TRUE.equals(found)) {
				return true;
			}
			Thread.sleep(200);
		}
		return false;
	}

	@Test
	void editorPagesHaveNoWcagViolationsAfterSigningIn() throws IOException {
		this.accounts.setPassword("axe-editor", "a password for axe");
		this.accounts.setRole("axe-editor", "admin");
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		browser.driver().get("http://localhost:" + this.port + "/editor/login");
		browser.driver().findElement(By.id("username")).sendKeys("axe-editor");
		browser.driver().findElement(By.id("password")).sendKeys("a password for axe");
		browser.driver().findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
		for (String path : List.of("/editor", "/editor/articles/dermatomyositis-and-polymyositis/edit",
				"/editor/articles/dermatomyositis-and-polymyositis/preview", "/editor/new",
				"/editor/articles/dermatomyositis-and-polymyositis/revisions", "/editor/searches", "/editor/reports",
				"/editor/articles/dermatomyositis-and-polymyositis/checked", "/editor/reviews", "/editor/accounts",
				"/editor/images", "/editor/passkeys")) {
			browser.driver().get("http://localhost:" + this.port + path);
			assertThat(browser.driver().getCurrentUrl()).as("signed in").endsWith(path);
			Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
			assertThat(results.getViolations()).as(path + ": " + describe(results.getViolations())).isEmpty();
			System.out.println("axe " + path + ": " + results.getPasses().size() + " rules passed, 0 violations");
			screenshot("editor" + path.replace('/', '-'));
		}
		browser.driver().manage().deleteAllCookies();
	}

	private static void screenshot(String name) throws IOException {
		Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
		File shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** A colour theme and a window size; light themes keep the old screenshot names. */
	private record View(String theme, int width, int height) {

		Dimension size() {
			return new Dimension(this.width, this.height);
		}

		@Override
		public String toString() {
			return ("light".equals(this.theme) ? "" : this.theme + "-") + this.width;
		}

	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " on " + rule.getNodes().size() + " element(s)")
			.collect(Collectors.joining("; "));
	}

}
