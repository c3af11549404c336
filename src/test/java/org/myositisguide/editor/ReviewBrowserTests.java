package org.myositisguide.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
@EnabledIf("org.myositisguide.support.Browser#installed")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.watch=false", "site.meaning.enabled=false" })
class ReviewBrowserTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	@org.junit.jupiter.api.extension.RegisterExtension
	static final Browser.Session browser = new Browser.Session();

	@LocalServerPort
	private int port;

	@Autowired
	private EditorAccounts accounts;

	@DynamicPropertySource
	static void site(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
	}

	@Test
	void aWriterSubmitsAndADifferentReviewerApprovesWithAConfirmation() throws Exception {
		this.accounts.setPassword("ada", "an admin's long password");
		this.accounts.setRole("ada", "admin");
		this.accounts.setPassword("sam", "a writer's long password");
		signIn("ada", "an admin's long password");
		open("/editor/accounts");
		browser.driver().findElement(By.id("username")).sendKeys("kim");
		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("role")))
			.selectByValue("reviewer");
		browser.driver().findElement(By.id("password")).sendKeys("a reviewer's long password");
		submit(By.cssSelector("form[action='/editor/accounts'] button[type=submit]"));
		assertThat(text()).contains("Created the account 'kim' (reviewer).");
		browser.driver().findElement(By.id("displayName-kim")).sendKeys("Dr Kim Example");
		browser.driver().findElement(By.id("profession-kim")).sendKeys("Consultant rheumatologist");
		submit(By.cssSelector("form[action='/editor/accounts/kim'] button[type=submit]"));
		assertThat(text()).contains("Changed 'kim'", "ada changed kim: created, role reviewer");
		signOut();

		signIn("sam", "a writer's long password");
		assertThat(text()).contains("Signed in as sam (editor)").doesNotContain("Accounts");
		open("/editor/articles/alpha/edit");
		WebElement summary = browser.driver().findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys("Steroids are the first treatment for most kinds of myositis, and they work quickly.");
		browser.driver().findElement(By.id("body")).sendKeys("\nA sentence the reviewer approved.\n");
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> d.findElement(By.id("live-preview")).getText().contains("A sentence the reviewer approved."));
		assertThat(browser.driver().findElement(By.id("live-preview")).getText())
			.as("the live preview shows unsaved fields")
			.contains("and they work quickly.");
		submit(By.cssSelector("button[name=action][value=review]"));
		assertThat(text()).as("a change note is required").contains("Say in a line what you changed");
		browser.driver().findElement(By.id("note")).sendKeys("Add a sentence");
		submit(By.cssSelector("button[name=action][value=review]"));
		awaitUrl("/editor/reviews/");
		String review = browser.driver().getCurrentUrl();
		assertThat(text()).contains("Submitted for review", "You wrote this change");
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/approve']")))
			.as("no approval of one's own")
			.isEmpty();
		open("/articles/alpha");
		assertThat(text()).doesNotContain("A sentence the reviewer approved.")
			.contains("This article has not yet had a clinical review");
		signOut();

		signIn("kim", "a reviewer's long password");
		browser.driver().get(review);
		assertThat(text()).contains("Add a sentence", "A sentence the reviewer approved.",
				"the article page will say it was reviewed by Dr Kim Example, Consultant rheumatologist");
		assertThat(browser.driver().findElement(By.cssSelector(".field-changes")).getText())
			.as("front matter as fields")
			.contains("Summary", "and they work quickly.")
			.doesNotContain("summary:");
		assertThat(browser.driver().findElement(By.cssSelector(".diff")).getText())
			.contains("A sentence the reviewer approved.")
			.doesNotContain("summary:");
		browser.driver().findElement(By.cssSelector("form[action$='/approve'] button[type=submit]")).click();
		assertThat(browser.driver().getCurrentUrl()).as("the unticked box stops the approval").isEqualTo(review);
		assertThat(Files.readString(CONTENT.resolve("articles/alpha.md")))
			.doesNotContain("A sentence the reviewer approved.");
		browser.driver().findElement(By.id("confirm")).click();
		submit(By.cssSelector("form[action$='/approve'] button[type=submit]"));
		awaitUrl("/editor/reviews");
		assertThat(text()).contains("Approved and published", "The article page shows your clinical review.");
		open("/editor");
		assertThat(text()).contains("kim approved: the change to alpha by sam",
				"sam submitted for review: a change to alpha (Add a sentence)");
		open("/articles/alpha");
		assertThat(text()).contains("A sentence the reviewer approved.", "and they work quickly.",
				"Clinically reviewed by Dr Kim Example, Consultant rheumatologist");
		signOut();
	}

	@Test
	void aWriterUploadsAPictureAndInsertsItIntoADraft() throws Exception {
		this.accounts.setPassword("lou", "a writer's long password");
		Path picture = Files.createTempFile("mg-picture", ".jpg");
		Files.write(picture, org.myositisguide.support.TestImages
			.encode(new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg"));
		signIn("lou", "a writer's long password");
		open("/editor/images");
		browser.driver().findElement(By.id("file")).sendKeys(picture.toString());
		browser.driver().findElement(By.id("name")).sendKeys("Knuckle rash");
		browser.driver().findElement(By.cssSelector("form[action='/editor/images'] button[type=submit]")).click();
		assertThat(text()).as("the text alternative is required").doesNotContain("Uploaded");
		assertThat(Files.exists(CONTENT.resolve("images/knuckle-rash.jpg"))).isFalse();
		browser.driver().findElement(By.id("file")).sendKeys(picture.toString());
		browser.driver().findElement(By.id("alt")).sendKeys("Red patches over the knuckles");
		submit(By.cssSelector("form[action='/editor/images'] button[type=submit]"));
		assertThat(text()).contains("Uploaded knuckle-rash.jpg");
		open("/editor/articles/gamma/edit");
		browser.driver().findElement(By.cssSelector(".pictures-panel summary")).click();
		browser.driver().findElement(By.cssSelector(".insert-picture[data-markdown*='knuckle-rash.jpg']")).click();
		assertThat(browser.driver().findElement(By.id("body")).getAttribute("value"))
			.contains("![Red patches over the knuckles](/images/knuckle-rash.jpg)");
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> !d.findElements(By.cssSelector("#live-preview img[alt='Red patches over the knuckles']"))
				.isEmpty());
		browser.driver().findElement(By.id("note")).sendKeys("Add a picture of the rash");
		submit(By.cssSelector("button[name=action][value=draft]"));
		assertThat(text()).contains("Saved as a draft.");
		assertThat(Files.readString(CONTENT.resolve("articles/gamma.md")))
			.contains("![Red patches over the knuckles](/images/knuckle-rash.jpg)");
		open("/editor/articles/gamma/preview");
		WebElement shown = browser.driver()
			.findElement(By.cssSelector("main img[alt='Red patches over the knuckles']"));
		browser.driver().executeScript("arguments[0].scrollIntoView()", shown);
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> ((Number) browser.driver().executeScript("return arguments[0].naturalWidth", shown))
				.intValue() > 0);
		signOut();
	}

	private void signIn(String name, String password) {
		open("/editor/login");
		browser.driver().findElement(By.id("username")).sendKeys(name);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		submit(By.cssSelector("form.editor-form button[type=submit]"));
		awaitUrl("/editor");
	}

	/**
	 * Waits for the page whose address ends with (or, for a trailing slash, contains) a
	 * path.
	 */
	private static void awaitUrl(String path) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> path.endsWith("/") ? d.getCurrentUrl().contains(path) : d.getCurrentUrl().endsWith(path));
	}

	private void signOut() {
		open("/editor");
		submit(By.cssSelector("form[action='/editor/logout'] button"));
	}

	/** Clicks a submit button and waits for the page it leads to. */
	private static void submit(By button) {
		browser.driver().executeScript("window.mgBeforeSubmit = true");
		browser.driver().findElement(button).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> Boolean.TRUE.equals(browser.driver()
				.executeScript("return window.mgBeforeSubmit === undefined && document.readyState === 'complete'")));
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
	}

	private static String text() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

}
