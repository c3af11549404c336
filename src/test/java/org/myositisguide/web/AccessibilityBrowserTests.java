package org.myositisguide.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myositisguide.support.TestDatabase;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in a real headless Chromium (Debian's, never a downloaded one), checked
 * with axe-core for the WCAG 2.0, 2.1 and 2.2 A and AA rules at desktop and phone sizes.
 * Screenshots go to {@code target/screenshots}. Runs where {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} are installed (CI installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
class AccessibilityBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	static boolean browserInstalled() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("mg-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@ParameterizedTest
	@CsvSource({ "home, /", "article, /articles/dermatomyositis-and-polymyositis", "topics, /tags",
			"topic, /tags/autoimmune-myopathy", "search, /search?q=trouble+swallowing",
			"no-results, /search?q=kidney+stone", "glossary, /glossary", "term, /glossary/creatine-kinase",
			"not-found, /articles/no-such-page" })
	void pagesHaveNoWcagViolationsOnDesktopOrPhone(String name, String path) throws IOException {
		for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
			driver.manage().window().setSize(size);
			driver.get("http://localhost:" + this.port + path);
			Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
			assertThat(results.getViolations()).as(name + " at " + size + ": " + describe(results.getViolations()))
				.isEmpty();
			assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
			Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), screenshots.resolve(name + "-" + size.getWidth() + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " on " + rule.getNodes().size() + " element(s)")
			.collect(Collectors.joining("; "));
	}

}
