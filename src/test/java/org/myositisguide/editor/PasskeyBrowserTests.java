package org.myositisguide.editor;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.myositisguide.support.Browser;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser (Chromium with a virtual authenticator, which stands in for
 * a fingerprint reader): an editor signed in with their password adds a passkey, signs in
 * with it alone, removes it, and then it no longer signs them in. The site runs on a
 * known port because a passkey belongs to one origin.
 */
@EnabledIf("org.myositisguide.support.Browser#installed")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "site.watch=false", "site.meaning.enabled=false" })
class PasskeyBrowserTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	private static final int PORT = freePort();

	@org.junit.jupiter.api.extension.RegisterExtension
	static final Browser.Session browser = new Browser.Session();

	@Autowired
	private EditorAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void site(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
		registry.add("server.port", () -> PORT);
	}

	@Test
	void anEditorAddsAPasskeySignsInWithItAloneAndRemovesIt() {
		this.accounts.setPassword("pat", "a writer's long password");
		VirtualAuthenticator authenticator = browser.driver()
			.addVirtualAuthenticator(
					new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
						.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
						.setHasResidentKey(true)
						.setHasUserVerification(true)
						.setIsUserVerified(true)
						.setIsUserConsenting(true));
		try {
			open("/editor/login");
			browser.driver().findElement(By.id("username")).sendKeys("pat");
			browser.driver().findElement(By.id("password")).sendKeys("a writer's long password");
			browser.driver().findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
			await((d) -> d.getCurrentUrl().endsWith("/editor"));
			open("/editor/passkeys");
			assertThat(text()).contains("You have no passkeys yet.");
			browser.driver().findElement(By.id("passkey-label")).sendKeys("test laptop");
			browser.driver().findElement(By.id("passkey-register")).click();
			await((d) -> d.getCurrentUrl().endsWith("/editor/passkeys?added"));
			assertThat(text()).contains("Added your passkey", "test laptop");
			assertThat(this.jdbc.queryForObject("select count(*) from user_credentials", Integer.class)).isOne();
			signOut();

			open("/editor/login");
			browser.driver().findElement(By.id("passkey-signin")).click();
			await((d) -> d.getCurrentUrl().endsWith("/editor"));
			assertThat(text()).contains("Signed in as pat");

			open("/editor/passkeys");
			browser.driver().findElement(By.cssSelector("form[action$='/remove'] button")).click();
			await((d) -> text().contains("Removed the passkey 'test laptop'"));
			signOut();
			open("/editor/login");
			browser.driver().findElement(By.id("passkey-signin")).click();
			await((d) -> text().contains("That passkey did not sign you in"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/editor/login");
		}
		finally {
			browser.driver().removeVirtualAuthenticator(authenticator);
		}
	}

	private void signOut() {
		open("/editor");
		browser.driver().findElement(By.cssSelector("form[action='/editor/logout'] button")).click();
		await((d) -> d.getCurrentUrl().contains("/editor/login"));
	}

	private static void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		// A page being replaced while the condition reads it is read again.
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + PORT + path);
	}

	private static String text() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
