package org.myositisguide.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests (never a downloaded browser), with a fresh
 * profile each time.
 */
public final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Whether {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are installed.
	 */
	public static boolean installed() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	public static ChromeDriver start() {
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + Files.createTempDirectory("mg-chromium"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
			return new ChromeDriver(service, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One browser for a test class: started before its tests, quit after them. Register
	 * it with
	 * {@code @RegisterExtension static final Browser.Session browser = new Browser.Session();}
	 * and guard the class with
	 * {@code @EnabledIf("org.myositisguide.support.Browser#installed")}.
	 */
	public static final class Session implements BeforeAllCallback, AfterAllCallback {

		private ChromeDriver driver;

		public ChromeDriver driver() {
			return this.driver;
		}

		@Override
		public void beforeAll(ExtensionContext context) {
			this.driver = start();
		}

		@Override
		public void afterAll(ExtensionContext context) {
			if (this.driver != null) {
				this.driver.quit();
				this.driver = null;
			}
		}

	}

}
