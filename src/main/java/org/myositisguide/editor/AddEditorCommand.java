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
 * {@code add-editor <username> [--role=editor|reviewer|admin] [--spring.datasource.url=...]}:
 * creates an editor account, or sets a new password (and, if given, the role) for one.
 * Editors write and submit; reviewers also approve others' changes to published articles;
 * admins also save published articles directly. The password is read twice from standard
 * input, without echo when that is a terminal, and only its bcrypt hash is stored. Uses
 * the same database settings as the site (the embedded server by default); does not index
 * or serve.
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
			out.println("usage: add-editor <username> [--role=editor|reviewer|admin] [--spring.datasource.url=...]");
			return 2;
		}
		String username = args[1];
		String role = Arrays.stream(args)
			.filter((a) -> a.startsWith("--role="))
			.map((a) -> a.substring("--role=".length()))
			.reduce((a, b) -> b)
			.orElse(null);
		if (role != null && !EditorAccounts.ROLES.contains(role)) {
			out.println("add-editor: a role is one of " + String.join(", ", EditorAccounts.ROLES));
			return 2;
		}
		String nameProblem = EditorAccounts.nameProblem(username);
		if (nameProblem != null) {
			out.println("add-editor: " + nameProblem);
			return 2;
		}
		char[] password;
		try {
			password = readPasswordTwice(in, out);
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("add-editor: " + ex.getMessage());
			return 1;
		}
		String[] springArgs = Arrays.stream(args, 2, args.length)
			.filter((a) -> !a.startsWith("--role="))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("site.watch=false", "site.index-on-start=false", "site.meaning.enabled=false",
					"spring.main.banner-mode=off", "logging.level.root=off")
			.run(springArgs)) {
			EditorAccounts accounts = context.getBean(EditorAccounts.class);
			boolean created = accounts.setPassword(username, new String(password));
			if (role != null) {
				accounts.setRole(username, role);
			}
			accounts.record(username, (created ? "created" : "password set") + ((role != null) ? ", role " + role : ""),
					"add-editor (command line)");
			out.println((created ? "Created editor '" : "Set a new password for editor '") + username.strip() + "'"
					+ ((role != null) ? " (" + role + ")" : "") + ". Sign in at /editor/login.");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			out.println("add-editor: " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			out.println("add-editor: cannot open the database (" + rootMessage(ex) + "). If the site is running on its "
					+ "embedded database, stop the site first, then run add-editor again; nothing was changed.");
			return 1;
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The password, checked against the rules before it is asked for again. */
	private static char[] readPasswordTwice(InputStream in, PrintStream out) throws IOException {
		Console console = System.console();
		boolean terminal = console != null && in == System.in;
		BufferedReader reader = terminal ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		if (!terminal) {
			out.println("Reading the password twice from standard input.");
		}
		char[] first = terminal
				? console.readPassword("Password (at least %d characters): ", EditorAccounts.MIN_PASSWORD_LENGTH)
				: line(reader);
		if (first == null) {
			throw new IllegalArgumentException("no password given");
		}
		if (first.length < EditorAccounts.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("the password needs at least " + EditorAccounts.MIN_PASSWORD_LENGTH
					+ " characters; it has " + first.length + ". Nothing was changed.");
		}
		char[] second = terminal ? console.readPassword("Repeat the password: ") : line(reader);
		if (second == null) {
			throw new IllegalArgumentException("the password was not repeated; nothing was changed");
		}
		if (!Arrays.equals(first, second)) {
			throw new IllegalArgumentException("the two passwords differ; nothing was changed");
		}
		Arrays.fill(second, '\0');
		return first;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("")
				: root.getClass().getSimpleName();
	}

	private static char[] line(BufferedReader reader) throws IOException {
		String line = reader.readLine();
		return (line != null) ? line.toCharArray() : null;
	}

}
