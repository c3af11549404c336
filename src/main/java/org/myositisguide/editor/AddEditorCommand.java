package org.myositisguide.editor;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code add-editor <username> [--spring.datasource.url=...]}: creates an editor account,
 * or sets a new password for one. The password is read twice from standard input, without
 * echo when that is a terminal, and only its bcrypt hash is stored. Uses the same
 * database settings as the site (the embedded server by default); does not index or
 * serve.
 */
public final class AddEditorCommand {

	private AddEditorCommand() {
	}

	/**
	 * Runs the command.
	 * @param application the Spring Boot application to start (without its web server)
	 * @param args {@code add-editor}, the username, then optional Spring arguments
	 * @return the process exit code: 0 done, 1 failed, 2 wrong usage
	 */
	public static int run(Class<?> application, String[] args, InputStream in, PrintStream out) {
		if (args.length < 2 || args[1].startsWith("-")) {
			out.println("usage: add-editor <username> [--spring.datasource.url=...]");
			return 2;
		}
		String username = args[1];
		char[] password;
		try {
			password = readPasswordTwice(in, out);
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("add-editor: " + ex.getMessage());
			return 1;
		}
		String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("site.watch=false", "site.index-on-start=false", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run(springArgs)) {
			boolean created = context.getBean(EditorAccounts.class).setPassword(username, new String(password));
			out.println((created ? "Created editor '" : "Set a new password for editor '") + username.strip()
					+ "'. Sign in at /editor/login.");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			out.println("add-editor: " + ex.getMessage());
			return 1;
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	private static char[] readPasswordTwice(InputStream in, PrintStream out) throws IOException {
		Console console = System.console();
		char[] first;
		char[] second;
		if (console != null && in == System.in) {
			first = console.readPassword("Password (at least %d characters): ", EditorAccounts.MIN_PASSWORD_LENGTH);
			second = console.readPassword("Repeat the password: ");
		}
		else {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			out.println("Reading the password twice from standard input.");
			first = line(reader);
			second = line(reader);
		}
		if (first == null || second == null) {
			throw new IllegalArgumentException("no password given");
		}
		if (!Arrays.equals(first, second)) {
			throw new IllegalArgumentException("the two passwords differ; nothing was changed");
		}
		if (first.length < EditorAccounts.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"the password needs at least " + EditorAccounts.MIN_PASSWORD_LENGTH + " characters");
		}
		Arrays.fill(second, '\0');
		return first;
	}

	private static char[] line(BufferedReader reader) throws IOException {
		String line = reader.readLine();
		return (line != null) ? line.toCharArray() : null;
	}

}
