package org.myositisguide.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review before publish in a real browser (Chromium), on a copy of the fixtures: a writer
 * submits a change to a published article, cannot approve it, a different reviewer's
 * approval does nothing until confirmed, and then the public page shows the change.
 */
@EnabledIf("browserInstalled")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.watch=false", "site.meaning.enabled=false" })
class ReviewBrowserTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private EditorAccounts accounts;

	@DynamicPropertySource
	static void site(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
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
	void aWriterSubmitsAndADifferentReviewerApprovesWithAConfirmation() throws Exception {
		this.accounts.setPassword("sam", "a writer's long password");
		this.accounts.setPassword("kim", "a reviewer's long password");
		this.accounts.setRole("kim", "reviewer");
		signIn("sam", "a writer's long password");
		open("/editor/articles/alpha/edit");
		driver.findElement(By.id("body")).sendKeys("\nA sentence the reviewer approved.\n");
		driver.findElement(By.id("note")).sendKeys("Add a sentence");
		driver.findElement(By.cssSelector("button[name=action][value=save]")).click();
		awaitUrl("/editor/reviews/");
		String review = driver.getCurrentUrl();
		assertThat(text()).contains("Submitted for review", "You wrote this change");
		assertThat(driver.findElements(By.cssSelector("form[action$='/approve']"))).as("no approval of one's own")
			.isEmpty();
		open("/articles/alpha");
		assertThat(text()).doesNotContain("A sentence the reviewer approved.");
		signOut();

		signIn("kim", "a reviewer's long password");
		driver.get(review);
		assertThat(text()).contains("Add a sentence", "A sentence the reviewer approved.");
		WebElement approve = driver.findElement(By.cssSelector("form[action$='/approve'] button[type=submit]"));
		approve.click();
		assertThat(driver.getCurrentUrl()).as("the unticked box stops the approval").isEqualTo(review);
		assertThat(Files.readString(CONTENT.resolve("articles/alpha.md")))
			.doesNotContain("A sentence the reviewer approved.");
		driver.findElement(By.id("confirm")).click();
		driver.findElement(By.cssSelector("form[action$='/approve'] button[type=submit]")).click();
		awaitUrl("/editor/reviews");
		assertThat(text()).contains("Approved and published");
		open("/articles/alpha");
		assertThat(text()).contains("A sentence the reviewer approved.");
		signOut();
	}

	private void signIn(String name, String password) {
		open("/editor/login");
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
		awaitUrl("/editor");
	}

	/**
	 * Waits for the page whose address ends with (or, for a trailing slash, contains) a
	 * path.
	 */
	private static void awaitUrl(String path) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until((d) -> path.endsWith("/") ? d.getCurrentUrl().contains(path) : d.getCurrentUrl().endsWith(path));
	}

	private void signOut() {
		open("/editor");
		driver.findElement(By.cssSelector("form[action='/editor/logout'] button")).click();
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String text() {
		return driver.findElement(By.tagName("main")).getText();
	}

}
