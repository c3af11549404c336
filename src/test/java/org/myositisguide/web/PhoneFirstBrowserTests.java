package org.myositisguide.web;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.ShippedSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worried reader on a phone (390 x 844) sees first: on every page, the emergency
 * numbers as links that call, inside the first screen. Prints each page's height.
 */
@EnabledIf("browserInstalled")
class PhoneFirstBrowserTests extends ShippedSite {

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	static boolean browserInstalled() {
		return Browser.installed();
	}

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
		driver.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/when-to-get-urgent-help", "/articles/swallowing-problems",
			"/tags/autoimmune-myopathy", "/search?q=trouble+swallowing", "/glossary" })
	void emergencyNumbersThatCallAreOnTheFirstScreen(String path) {
		driver.get("http://localhost:" + this.port + path);
		long screen = number("return window.innerHeight");
		List<WebElement> calls = driver.findElements(By.cssSelector(".urgent-line a[href^='tel:']"));
		assertThat(calls).extracting((a) -> a.getAttribute("href")).contains("tel:999", "tel:911", "tel:111");
		for (WebElement call : calls) {
			long bottom = number("return arguments[0].getBoundingClientRect().bottom", call);
			assertThat(bottom).as(call.getText() + " on " + path).isLessThanOrEqualTo(screen);
			assertThat(call.getSize().getHeight()).as("target height of " + call.getText()).isGreaterThanOrEqualTo(24);
		}
		assertThat(driver.findElement(By.cssSelector(".urgent-line a[href='/articles/when-to-get-urgent-help']"))
			.isDisplayed()).isTrue();
		System.out.printf("phone 390x844 %s: page height %d px, first screen %d px%n", path,
				number("return document.documentElement.scrollHeight"), screen);
	}

	@org.junit.jupiter.api.Test
	void theAppointmentSheetHasAPrintButtonWhereScriptsRun() {
		driver.get("http://localhost:" + this.port + "/articles/swallowing-problems/print");
		WebElement print = driver.findElement(By.cssSelector("button[data-print]"));
		assertThat(print.isDisplayed()).isTrue();
		assertThat(print.getText()).isEqualTo("Print this sheet");
	}

	private static long number(String script, Object... arguments) {
		return ((Number) driver.executeScript(script, arguments)).longValue();
	}

}
