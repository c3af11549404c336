package org.myositisguide.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myositisguide.MyositisGuideApplication;
import org.myositisguide.article.ArticlePages;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database: only one writes the index at a time, the
 * other learns of each new index within moments, without polling the content folder, and
 * an editor's session (in PostgreSQL) works on both.
 */
class SeveralInstancesTests {

	private static final String DB = TestDatabase.freshDatabase();

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void theOtherInstanceSeesANewIndexWithinMoments() throws Exception {
		IndexState otherSettings = second.getBean(IndexState.class);
		long before = otherSettings.version();
		Path alpha = CONTENT.resolve("articles/alpha.md");
		Files.writeString(alpha,
				Files.readString(alpha).replace("Most people take them for months.", "Written by the first."));
		long start = System.nanoTime();
		first.getBean(ContentIndexer.class).reindex();
		long indexed = System.nanoTime();
		while (otherSettings.version() == before && System.nanoTime() - indexed < Duration.ofSeconds(10).toNanos()) {
			Thread.sleep(10);
		}
		assertThat(otherSettings.version()).as("the second instance heard of the new index").isGreaterThan(before);
		System.out.println("second instance invalidated its caches " + (System.nanoTime() - indexed) / 1_000_000
				+ " ms after the first finished indexing (" + (indexed - start) / 1_000_000 + " ms)");
		assertThat(second.getBean(ArticlePages.class).find("alpha").orElseThrow().bodyHtml())
			.contains("Written by the first.");
	}

	@Test
	void onlyOneInstanceWritesTheIndexAtATime() throws Exception {
		try (Connection connection = DriverManager.getConnection(DB, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_lock(" + ContentIndexer.INDEX_LOCK + ")");
			CompletableFuture<ContentIndexer.IndexReport> run = CompletableFuture
				.supplyAsync(() -> second.getBean(ContentIndexer.class).reindex());
			Thread.sleep(1500);
			assertThat(run).as("waits while another instance indexes").isNotDone();
			statement.execute("select pg_advisory_unlock(" + ContentIndexer.INDEX_LOCK + ")");
			assertThat(run.get(20, TimeUnit.SECONDS).articles()).isPositive();
		}
	}

	@Test
	void simultaneousSavesOfOneArticleOnTwoInstancesNeverBothSucceed() throws Exception {
		org.myositisguide.editor.ContentStore onFirst = first.getBean(org.myositisguide.editor.ContentStore.class);
		org.myositisguide.editor.ContentStore onSecond = second.getBean(org.myositisguide.editor.ContentStore.class);
		for (int round = 0; round < 6; round++) {
			org.myositisguide.editor.ContentStore.StoredFile base = onFirst.readArticle("beta").orElseThrow();
			String fromFirst = base.text() + "\nRound " + round + ", saved on the first instance.\n";
			String fromSecond = base.text() + "\nRound " + round + ", saved on the second instance.\n";
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			CompletableFuture<org.myositisguide.editor.SaveResult> a = CompletableFuture
				.supplyAsync(() -> save(together, onFirst, fromFirst, base.hash()));
			CompletableFuture<org.myositisguide.editor.SaveResult> b = CompletableFuture
				.supplyAsync(() -> save(together, onSecond, fromSecond, base.hash()));
			List<org.myositisguide.editor.SaveResult> results = List.of(a.get(30, TimeUnit.SECONDS),
					b.get(30, TimeUnit.SECONDS));
			assertThat(results).as("round " + round)
				.filteredOn((r) -> r instanceof org.myositisguide.editor.SaveResult.Saved)
				.hasSize(1);
			org.myositisguide.editor.SaveResult.Conflict conflict = (org.myositisguide.editor.SaveResult.Conflict) results
				.stream()
				.filter((r) -> r instanceof org.myositisguide.editor.SaveResult.Conflict)
				.findFirst()
				.orElseThrow();
			String onDisk = Files.readString(CONTENT.resolve("articles/beta.md"));
			assertThat(onDisk).as("the winner's text is on disk").isIn(fromFirst, fromSecond);
			assertThat(conflict.current()).as("the loser is shown the text that won").isEqualTo(onDisk);
		}
	}

	private static org.myositisguide.editor.SaveResult save(java.util.concurrent.CyclicBarrier together,
			org.myositisguide.editor.ContentStore store, String text, String baseHash) {
		try {
			together.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return store.saveArticle("beta", text, baseHash, "editor", "save");
	}

	@Test
	void anEditorSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		first.getBean(org.myositisguide.editor.EditorAccounts.class).setPassword("robin", "a long enough secret");
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
			.build();
		String login = browser
			.send(request(first, "/editor/login").build(), java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(token.find()).isTrue();
		java.net.http.HttpResponse<String> signedIn = browser
			.send(request(first, "/editor/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("username=robin&password=a+long+enough+secret&_csrf=" + token.group(1)))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/editor"));
		java.net.http.HttpResponse<String> other = browser.send(request(second, "/editor").build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).as("the second instance knows the session").isEqualTo(200);
		assertThat(other.body()).contains("Editor dashboard");
	}

	private static java.net.http.HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
		int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) instance).getWebServer()
			.getPort();
		return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MyositisGuideApplication.class).web(WebApplicationType.SERVLET)
			.properties("site.watch=false", "spring.main.banner-mode=off", "server.port=0",
					"site.meaning.enabled=false", "site.page-cache.warm-limit=0")
			.run("--spring.datasource.url=" + DB, "--spring.datasource.username=postgres",
					"--site.content-dir=" + CONTENT);
	}

}
