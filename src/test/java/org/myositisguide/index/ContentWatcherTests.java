package org.myositisguide.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live reload: a saved, added or deleted file reaches the index without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "site.watch=true")
class ContentWatcherTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
	}

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void editsAdditionsAndDeletionsAppearWithoutARestart() throws IOException {
		Path beta = CONTENT.resolve("articles/beta.md");
		Files.writeString(beta, Files.readString(beta).replace("Rest when you need to.", "Pace your day."));
		Duration took = waitFor(() -> body("beta").contains("Pace your day."));
		System.out.println("A one-file change reached the index in " + took.toMillis() + " ms");

		Files.writeString(CONTENT.resolve("articles/epsilon.md"),
				Files.readString(beta).replace("Beta: Living with Myositis", "Epsilon: A New Article"));
		waitFor(() -> count("epsilon") == 1);

		Files.delete(CONTENT.resolve("articles/gamma.md"));
		waitFor(() -> count("gamma") == 0);

		Files.writeString(beta, "---\ntitle: broken\n---\nno front matter fields");
		waitFor(() -> this.jdbc.queryForObject("select count(*) from content_problem where path like '%beta.md'",
				Integer.class) > 0);
		assertThat(body("beta")).as("the last good version stays").contains("Pace your day.");
	}

	private String body(String slug) {
		return this.jdbc.queryForList("select body_html from article where slug = ?", String.class, slug)
			.stream()
			.findFirst()
			.orElse("");
	}

	private int count(String slug) {
		return this.jdbc.queryForObject("select count(*) from article where slug = ?", Integer.class, slug);
	}

	private static Duration waitFor(Supplier<Boolean> condition) {
		long start = System.nanoTime();
		while (!condition.get()) {
			assertThat(System.nanoTime() - start).as("waited too long").isLessThan(Duration.ofSeconds(20).toNanos());
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
