package org.myositisguide.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myositisguide.MyositisGuideApplication;
import org.myositisguide.support.PrivatePostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts while its PostgreSQL is still down: it waits, says in its log
 * what for, and starts normally once the database comes up.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTests {

	/** PostgreSQL starts this long after the application began waiting for it. */
	private static final Duration DATABASE_LATE_BY = Duration.ofSeconds(5);

	@Test
	void startsOnceTheDatabaseComesUpAndSaysWhatItIsWaitingFor(CapturedOutput output) throws Exception {
		PrivatePostgres postgres = PrivatePostgres.create();
		postgres.start().stop();
		AtomicLong databaseUp = new AtomicLong();
		ExecutorService later = Executors.newSingleThreadExecutor();
		later.execute(() -> {
			try {
				while (!output.getOut().contains("Waiting for the database")) {
					Thread.sleep(50);
				}
				Thread.sleep(DATABASE_LATE_BY.toMillis());
				postgres.start();
				databaseUp.set(System.nanoTime());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MyositisGuideApplication.class).run(
				"--server.port=0", "--site.watch=false", "--spring.datasource.username=postgres",
				"--spring.datasource.password=do-not-log-me",
				"--spring.datasource.url=" + postgres.jdbcUrl() + "?password=do-not-log-me-either")) {
			long started = System.nanoTime();
			assertThat(databaseUp.get()).as("started only after the database").isNotZero();
			System.out.println("Application started " + (started - databaseUp.get()) / 1_000_000
					+ " ms after PostgreSQL came up, which was " + DATABASE_LATE_BY.toMillis()
					+ " ms after the application began waiting for it");
			assertThat(output)
				.contains("Waiting for the database at jdbc:postgresql://localhost:" + postgres.port()
						+ "/postgres as user 'postgres', which cannot be reached yet")
				.contains("Retrying with backoff for up to about 4 minutes")
				.contains("Retrying in 1 sec")
				.doesNotContain("do-not-log-me");
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			for (String path : new String[] { "/", "/articles/muscle-biopsy", "/search?q=biopsy" }) {
				HttpResponse<String> page = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(page.statusCode()).as(path).isEqualTo(200);
			}
		}
		finally {
			later.shutdownNow();
			postgres.stop();
		}
	}

}
