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
	}

	@Test
	void refusesMismatchedShortOrMissingPasswordsAndBadNames() throws Exception {
		assertThat(run("alex", "a long enough secret\na different secret!!\n")).isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("the two passwords differ");
		assertThat(run("alex", "short\nshort\n")).isEqualTo(1);
		assertThat(run("alex", "")).isEqualTo(1);
		assertThat(run("Not A Name!", "a long enough secret\na long enough secret\n")).isEqualTo(1);
		assertThat(new AddEditorCommandTests().runWith(new String[] { "add-editor" }, "")).isEqualTo(2);
		assertThat(hash("alex")).isNull();
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

	private static String hash(String username) throws Exception {
		try (Connection connection = DriverManager.getConnection(DB, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select password_hash from editor_account where username = '" + username + "'")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
