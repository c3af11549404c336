package org.myositisguide.gitcontent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myositisguide.MyositisGuideApplication;
import org.myositisguide.editor.ContentStore;
import org.myositisguide.editor.SaveResult;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content in git: two instances, each with its own clone of one bare remote, on one real
 * PostgreSQL. Saves are commits pushed as a compare-and-swap; the other instance and
 * commits pushed from outside are picked up; a stale copy never rolls the index back.
 */
class GitContentTests {

	private static final String DB = TestDatabase.freshDatabase();

	private static Path remote;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void twoInstancesCloneOneRemote() throws Exception {
		Path root = Files.createTempDirectory("mg-git");
		remote = root.resolve("content.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path seed = root.resolve("seed");
		try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(seed.toFile()).call()) {
			try (java.util.stream.Stream<Path> files = Files.walk(TestFiles.FIXTURES)) {
				for (Path source : files.filter(Files::isRegularFile).toList()) {
					Path target = seed.resolve(TestFiles.FIXTURES.relativize(source).toString());
					Files.createDirectories(target.getParent());
					Files.copy(source, target);
				}
			}
			git.add().addFilepattern(".").call();
			commit(git, "Seed the content");
			git.push().setRefSpecs(new org.eclipse.jgit.transport.RefSpec("HEAD:refs/heads/main")).call();
		}
		first = start(root.resolve("first"));
		second = start(root.resolve("second"));
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void eachInstanceClonesTheRemoteAndTheIndexRecordsTheCommit() {
		assertThat(folder(first).resolve("articles/alpha.md")).exists();
		assertThat(folder(second).resolve("articles/alpha.md")).exists();
		String head = first.getBean(GitContent.class).head();
		assertThat(jdbc().queryForObject("select content_commit from index_state", String.class)).isEqualTo(head);
	}

	@Test
	void aSaveIsACommitByTheEditorAndReachesTheOtherInstanceWithinTwoSeconds() throws Exception {
		ContentStore store = first.getBean(ContentStore.class);
		first.getBean(GitContent.class).update();
		ContentStore.StoredFile base = store.readArticle("gamma").orElseThrow();
		SaveResult saved = store.saveArticle("gamma", base.text() + "\nSaved on the first instance.\n", base.hash(),
				"robin", "save");
		assertThat(saved).isInstanceOf(SaveResult.Saved.class);
		long start = System.nanoTime();
		awaitTrue(() -> read(second, "articles/gamma.md").contains("Saved on the first instance."),
				Duration.ofSeconds(2));
		System.out.println("a save on the first instance reached the second's working copy in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		try (Git git = Git.open(remote.toFile())) {
			RevCommit last = git.log().setMaxCount(1).call().iterator().next();
			assertThat(last.getAuthorIdent().getName()).isEqualTo("robin");
			assertThat(last.getFullMessage()).contains("articles/gamma.md");
		}
	}

	@Test
	void simultaneousSavesOfOneArticleOnTwoClonesNeverBothSucceed() throws Exception {
		for (int round = 0; round < 4; round++) {
			first.getBean(GitContent.class).update();
			second.getBean(GitContent.class).update();
			ContentStore.StoredFile onFirst = first.getBean(ContentStore.class).readArticle("beta").orElseThrow();
			ContentStore.StoredFile onSecond = second.getBean(ContentStore.class).readArticle("beta").orElseThrow();
			String fromFirst = onFirst.text() + "\nRound " + round + " on the first.\n";
			String fromSecond = onSecond.text() + "\nRound " + round + " on the second.\n";
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<SaveResult> a = CompletableFuture
				.supplyAsync(() -> save(together, first, fromFirst, onFirst.hash()));
			CompletableFuture<SaveResult> b = CompletableFuture
				.supplyAsync(() -> save(together, second, fromSecond, onSecond.hash()));
			List<SaveResult> results = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
			assertThat(results).as("round " + round).filteredOn((r) -> r instanceof SaveResult.Saved).hasSize(1);
			SaveResult.Conflict conflict = (SaveResult.Conflict) results.stream()
				.filter((r) -> r instanceof SaveResult.Conflict)
				.findFirst()
				.orElseThrow();
			String won = (results.get(0) instanceof SaveResult.Saved) ? fromFirst : fromSecond;
			assertThat(conflict.current()).as("the loser sees the text that won").isEqualTo(won);
			assertThat(remoteText("articles/beta.md")).isEqualTo(won);
		}
	}

	@Test
	void aCommitPushedFromOutsideReachesBothInstances() throws Exception {
		Path outside = Files.createTempDirectory("mg-outside");
		try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(outside.toFile()).call()) {
			Path delta = outside.resolve("articles/delta.md");
			Files.writeString(delta, Files.readString(delta) + "\nWritten in git by an editor.\n");
			git.add().addFilepattern("articles/delta.md").call();
			commit(git, "Edit delta in git");
			git.push().call();
		}
		long start = System.nanoTime();
		awaitTrue(() -> read(first, "articles/delta.md").contains("Written in git")
				&& read(second, "articles/delta.md").contains("Written in git"), Duration.ofSeconds(10));
		awaitTrue(() -> jdbc().queryForObject("select body_html from article where slug = 'delta'", String.class)
			.contains("Written in git"), Duration.ofSeconds(10));
		System.out.println("a commit pushed from outside reached both instances and the index in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms (poll every 1 s)");
	}

	@Test
	void aStaleCopyThatCannotFetchNeverRollsTheIndexBack() throws Exception {
		ContentStore store = first.getBean(ContentStore.class);
		first.getBean(GitContent.class).update();
		ContentStore.StoredFile alpha = store.readArticle("alpha").orElseThrow();
		assertThat(store.saveArticle("alpha", alpha.text() + "\nThe newest words.\n", alpha.hash(), "robin", "save"))
			.isInstanceOf(SaveResult.Saved.class);
		String indexed = jdbc().queryForObject("select content_commit from index_state", String.class);
		Path stale = Files.createTempDirectory("mg-stale").resolve("content");
		try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(stale.toFile()).call()) {
			git.reset()
				.setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD)
				.setRef(git.log().call().iterator().next().getParent(0).name())
				.call();
			git.getRepository().getConfig().setString("remote", "origin", "url", "/no/such/remote.git");
			git.getRepository().getConfig().save();
		}
		try (ConfigurableApplicationContext old = start(stale)) {
			assertThat(old.getBean(GitContent.class).head()).as("an older commit").isNotEqualTo(indexed);
			assertThat(jdbc().queryForObject("select content_commit from index_state", String.class))
				.as("the stale instance did not replace the index")
				.isEqualTo(indexed);
			assertThat(jdbc().queryForObject("select body_html from article where slug = 'alpha'", String.class))
				.contains("The newest words.");
		}
	}

	@Test
	void aPushRejectedBecauseTheRemoteMovedIsAConflictForTheSameFileAndARebaseForAnother() throws Exception {
		Path quiet = Files.createTempDirectory("mg-quiet").resolve("content");
		try (ConfigurableApplicationContext third = start(quiet, "1h")) {
			GitContent git = third.getBean(GitContent.class);
			pushFromOutside("articles/gamma.md", "\nGamma changed in git first.\n");
			Files.writeString(quiet.resolve("articles/gamma.md"),
					Files.readString(quiet.resolve("articles/gamma.md")) + "\nGamma from the quiet instance.\n");
			GitContent.Published lost = git.publish("articles/gamma.md", "robin", "save articles/gamma.md");
			assertThat(lost.conflict()).isTrue();
			assertThat(lost.winningText()).contains("Gamma changed in git first.")
				.doesNotContain("from the quiet instance");
			assertThat(Files.readString(quiet.resolve("articles/gamma.md"))).isEqualTo(lost.winningText());
			pushFromOutside("articles/delta.md", "\nDelta changed in git.\n");
			Files.writeString(quiet.resolve("articles/gamma.md"),
					Files.readString(quiet.resolve("articles/gamma.md")) + "\nGamma again from the quiet one.\n");
			GitContent.Published rebased = git.publish("articles/gamma.md", "robin", "save articles/gamma.md");
			assertThat(rebased.conflict()).isFalse();
			assertThat(remoteText("articles/gamma.md")).contains("Gamma again from the quiet one.");
			assertThat(remoteText("articles/delta.md")).contains("Delta changed in git.");
		}
	}

	private static void pushFromOutside(String path, String addition) throws Exception {
		Path outside = Files.createTempDirectory("mg-outside");
		try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(outside.toFile()).call()) {
			Path file = outside.resolve(path);
			Files.writeString(file, Files.readString(file) + addition);
			git.add().addFilepattern(path).call();
			commit(git, "Edit " + path + " in git");
			git.push().call();
		}
	}

	private static SaveResult save(CyclicBarrier together, ConfigurableApplicationContext instance, String text,
			String baseHash) {
		try {
			together.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return instance.getBean(ContentStore.class).saveArticle("beta", text, baseHash, "editor", "save");
	}

	private static ConfigurableApplicationContext start(Path folder) {
		return start(folder, "1s");
	}

	private static ConfigurableApplicationContext start(Path folder, String poll) {
		return new SpringApplicationBuilder(MyositisGuideApplication.class).web(WebApplicationType.NONE)
			.properties("site.watch=false", "spring.main.banner-mode=off", "site.meaning.enabled=false",
					"site.content-poll=" + poll)
			.run("--spring.datasource.url=" + DB, "--spring.datasource.username=postgres",
					"--site.content-dir=" + folder, "--site.content-remote=" + remote);
	}

	private static RevCommit commit(Git git, String message) throws Exception {
		PersonIdent who = new PersonIdent("Test", "test@example.invalid");
		return git.commit().setAuthor(who).setCommitter(who).setMessage(message).call();
	}

	private static Path folder(ConfigurableApplicationContext instance) {
		return instance.getBean(org.myositisguide.settings.SiteProperties.class).contentDir();
	}

	private static String read(ConfigurableApplicationContext instance, String path) {
		try {
			return Files.readString(folder(instance).resolve(path));
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

	private static String remoteText(String path) throws Exception {
		Path check = Files.createTempDirectory("mg-check");
		try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(check.toFile()).call()) {
			return Files.readString(check.resolve(path));
		}
	}

	private static JdbcTemplate jdbc() {
		return first.getBean(JdbcTemplate.class);
	}

	private static void awaitTrue(BooleanSupplier condition, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
