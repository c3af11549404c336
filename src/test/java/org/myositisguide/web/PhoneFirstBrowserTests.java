package org.myositisguide.web;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.ShippedSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worried reader on a phone (390 x 844) sees first: on every page, the emergency
 * numbers as links that call, inside the first screen. Prints each page's height.
 */
@EnabledIf("org.myositisguide.support.Browser#installed")
class PhoneFirstBrowserTests extends ShippedSite {

	@org.junit.jupiter.api.extension.RegisterExtension
	static final Browser.Session browser = new Browser.Session();

	@LocalServerPort
	private int port;

	@BeforeAll
	static void phoneSizedWindow() {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/when-to-get-urgent-help", "/articles/swallowing-problems",
			"/tags/autoimmune-myopathy", "/search?q=trouble+swallowing", "/glossary" })
	void emergencyNumbersThatCallAreOnTheFirstScreen(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
		long screen = number("return window.innerHeight");
		List<WebElement> calls = browser.driver().findElements(By.cssSelector(".urgent-line a[href^='tel:']"));
		assertThat(calls).extracting((a) -> a.getAttribute("href")).contains("tel:999", "tel:911", "tel:111");
		for (WebElement call : calls) {
			long bottom = number("return arguments[0].getBoundingClientRect().bottom", call);
			assertThat(bottom).as(call.getText() + " on " + path).isLessThanOrEqualTo(screen);
			assertThat(call.getSize().getHeight()).as("target height of " + call.getText()).isGreaterThanOrEqualTo(24);
		}
		assertThat(browser.driver()
			.findElement(By.cssSelector(".urgent-line a[href='/articles/when-to-get-urgent-help']"))
			.isDisplayed()).isTrue();
		System.out.printf("phone 390x844 %s: page height %d px, first screen %d px%n", path,
				number("return document.documentElement.scrollHeight"), screen);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/when-to-get-urgent-help" })
	void theEmergencySignsAreOnTheFirstScreen(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
		long screen = number("return window.innerHeight");
		WebElement brief = browser.driver().findElement(By.cssSelector(".emergency-brief"));
		WebElement call = brief.findElement(By.cssSelector("h2 a[href='tel:999']"));
		List<WebElement> signs = brief.findElements(By.cssSelector(".sign-list a"));
		assertThat(signs).isNotEmpty();
		assertThat(bottom(call)).as("the call link in the emergency signs on " + path).isLessThanOrEqualTo(screen);
		assertThat(bottom(signs.get(0))).as("the first emergency sign on " + path).isLessThanOrEqualTo(screen);
		System.out.printf("phone 390x844 %s: emergency signs from %d px, first sign ends at %d px%n", path, top(brief),
				bottom(signs.get(0)));
	}

	@org.junit.jupiter.api.Test
	void everyArticlesTextStartsOnTheFirstScreen(
			@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		List<String> slugs = jdbc
			.queryForList("select slug from article where visible_from <= current_date order by slug", String.class);
		assertThat(slugs).hasSizeGreaterThan(10);
		for (String slug : slugs) {
			browser.driver().get("http://localhost:" + this.port + "/articles/" + slug);
			long screen = number("return window.innerHeight");
			// The urgent-help guide's text opens with the emergency signs (see
			// theEmergencySignsAreOnTheFirstScreen); every other article with its first
			// paragraph.
			WebElement first = browser.driver()
				.findElement(By.cssSelector(slug.equals("when-to-get-urgent-help") ? ".emergency-brief .sign-list li"
						: "article .prose p"));
			long firstLine = top(first) + number("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", first);
			assertThat(firstLine).as("the first line of the text of " + slug).isLessThanOrEqualTo(screen);
			System.out.printf("phone 390x844 /articles/%s: first line of text ends at %d px of %d; page height %d px%n",
					slug, firstLine, screen, number("return document.documentElement.scrollHeight"));
		}
	}

	@org.junit.jupiter.api.Test
	void everyHubListsItsFirstArticleWithinTwoScreens(
			@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		List<String> topics = jdbc.queryForList("""
				select distinct t.slug from tag t join article_tag at on at.tag_id = t.id
				join article a on a.id = at.article_id where a.visible_from <= current_date order by t.slug""",
				String.class);
		assertThat(topics).hasSizeGreaterThan(5);
		for (String topic : topics) {
			browser.driver().get("http://localhost:" + this.port + "/tags/" + topic);
			long screen = number("return window.innerHeight");
			WebElement first = browser.driver().findElement(By.cssSelector("main .cards li"));
			assertThat(top(first)).as("the first article listed on /tags/" + topic).isLessThanOrEqualTo(2 * screen);
			System.out.printf("phone 390x844 /tags/%s: first article at %d px; page height %d px%n", topic, top(first),
					number("return document.documentElement.scrollHeight"));
		}
	}

	@org.junit.jupiter.api.Test
	void searchResultsAreInTheSitesReadingType() {
		// The editor's copyable picture Markdown is monospace; a result's text is prose.
		browser.driver().get("http://localhost:" + this.port + "/search?q=trouble+swallowing");
		WebElement snippet = browser.driver().findElement(By.cssSelector(".results .snippet"));
		String body = (String) browser.driver().executeScript("return getComputedStyle(document.body).fontFamily");
		assertThat((String) browser.driver().executeScript("return getComputedStyle(arguments[0]).fontFamily", snippet))
			.isEqualTo(body)
			.doesNotContain("monospace");
	}

	private static long top(WebElement element) {
		return number("return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY)", element);
	}

	private static long bottom(WebElement element) {
		return number("return Math.round(arguments[0].getBoundingClientRect().bottom + window.scrollY)", element);
	}

	@org.junit.jupiter.api.Test
	void theAppointmentSheetHasAPrintButtonWhereScriptsRun() {
		browser.driver().get("http://localhost:" + this.port + "/articles/swallowing-problems/print");
		WebElement print = browser.driver().findElement(By.cssSelector("button[data-print]"));
		assertThat(print.isDisplayed()).isTrue();
		assertThat(print.getText()).isEqualTo("Print this sheet");
	}

	private static long number(String script, Object... arguments) {
		return ((Number) browser.driver().executeScript(script, arguments)).longValue();
	}

}
