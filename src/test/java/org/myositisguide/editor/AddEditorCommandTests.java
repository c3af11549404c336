package org.myositisguide.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code add-editor}: reads the password twice, stores only a bcrypt hash, and refuses
 * mismatched or short passwords without touching the database.
 */
class AddEditorCommandTests {

	private static final String DB = TestDatabase.freshDatabase();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void createsAnAccountThenResetsItsPassword() throws Exception {
		assertThat(run("robin", "a long enough secret\na long enough secret\n")).isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("Created editor 'robin'");
		String first = hash("robin");
		assertThat(first).startsWith("{bcrypt}$2").doesNotContain("secret");
		assertThat(run("robin", "another long secret\nanother long secret\n")).isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("Set a new password for editor 'robin'");
		assertThat(hash("robin")).isNotEqualTo(first);
		assertThat(runWith(new String[] { "add-editor", "robin", "--role=reviewer", "--spring.datasource.url=" + DB,
				"--spring.datasource.username=postgres" }, "another long secret\nanother long secret\n"))
			.isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("(reviewer)");
		assertThat(runWith(new String[] { "add-editor", "robin", "--role=boss" }, "")).isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("a role is one of editor, reviewer, admin");
	}

	@Test
	void refusesMismatchedShortOrMissingPasswordsAndBadNames() throws Exception {
		assertThat(run("alex", "a long enough secret\na different secret!!\n")).isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("the two passwords differ");
		assertThat(run("alex", "short\n")).as("too short: said before the password is asked again").isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("at least", "it has 5");
		assertThat(run("alex", "")).isEqualTo(1);
		assertThat(run("Not A Name!", "")).as("a bad name: said before any password is asked").isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("an editor name is");
		assertThat(new AddEditorCommandTests().runWith(new String[] { "add-editor" }, "")).isEqualTo(2);
		assertThat(hash("alex")).isNull();
	}

	@Test
	void aDatabaseThatCannotBeOpenedGetsOneClearLine() {
		int code = runWith(
				new String[] { "add-editor", "robin", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
						"--spring.datasource.username=postgres", "--spring.flyway.connect-retries=0",
						"--spring.datasource.hikari.connection-timeout=1000" },
				"a long enough secret\na long enough secret\n");
		assertThat(code).isEqualTo(1);
		String said = this.output.toString(StandardCharsets.UTF_8);
		assertThat(said).contains("add-editor: cannot open the database", "stop the site first")
			.doesNotContain("\tat ", "Exception in thread");
		assertThat(said.lines().filter((line) -> line.startsWith("add-editor:")).count()).isEqualTo(1);
	}

	private int run(String username, String input) {
		return runWith(new String[] { "add-editor", username, "--spring.datasource.url=" + DB,
				"--spring.datasource.username=postgres", "--logging.level.root=warn" }, input);
	}

	private int runWith(String[] args, String input) {
		return AddEditorCommand.run(org.myositisguide.MyositisGuideApplication.class, args,
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	/** The stored hash, or null when there is none (or no accounts table yet). */
	private static String hash(String username) throws Exception {
		try (Connection connection = DriverManager.getConnection(DB, "postgres", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet table = statement.executeQuery("select to_regclass('editor_account') is not null")) {
				if (!table.next() || !table.getBoolean(1)) {
					return null;
				}
			}
		}
		try (Connection connection = DriverManager.getConnection(DB, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select password_hash from editor_account where username = '" + username + "'")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
