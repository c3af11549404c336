package org.myositisguide.editor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Editor accounts: a name and a bcrypt hash, nothing else. There is no default account;
 * {@code add-editor} creates one.
 */
@Service
public class EditorAccounts implements UserDetailsService {

	static final String ROLE = "EDITOR";

	/** Approves changes to published articles (never their own). */
	static final String REVIEWER = "REVIEWER";

	/** Manages accounts; saves published articles directly (corrections of typing). */
	static final String ADMIN = "ADMIN";

	/** The roles an account can have, as add-editor names them. */
	static final List<String> ROLES = List.of("editor", "reviewer", "admin");

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	EditorAccounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = normalize(username);
		List<String[]> rows = this.jdbc.query("select password_hash, role from editor_account where username = ?",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, name);
		if (rows.isEmpty()) {
			throw new UsernameNotFoundException("No such editor");
		}
		String role = rows.get(0)[1];
		List<String> roles = new java.util.ArrayList<>(List.of(ROLE));
		if (role.equals("reviewer") || role.equals("admin")) {
			roles.add(REVIEWER);
		}
		if (role.equals("admin")) {
			roles.add(ADMIN);
		}
		return User.withUsername(name).password(rows.get(0)[0]).roles(roles.toArray(String[]::new)).build();
	}

	/**
	 * Creates an account or sets a new password.
	 * @return true when the account is new
	 * @throws IllegalArgumentException when the name or the password is not acceptable
	 */
	public boolean setPassword(String username, CharSequence password) {
		String problem = nameProblem(username);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		String name = normalize(username);
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("the password needs at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		String hash = this.encoder.encode(password);
		Boolean created = this.jdbc.queryForObject("""
				insert into editor_account (username, password_hash) values (?, ?)
				on conflict (username) do update set password_hash = excluded.password_hash, updated_at = now()
				returning (xmax = 0)""", Boolean.class, name, hash);
		return Boolean.TRUE.equals(created);
	}

	/** Whether a signed-in editor is an admin (who saves published articles directly). */
	static boolean isAdmin(org.springframework.security.core.Authentication editor) {
		return editor != null
				&& editor.getAuthorities().stream().anyMatch((a) -> ("ROLE_" + ADMIN).equals(a.getAuthority()));
	}

	/** Gives an existing account one of {@link #ROLES}. */
	void setRole(String username, String role) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("a role is one of " + String.join(", ", ROLES));
		}
		this.jdbc.update("update editor_account set role = ? where username = ?", role, normalize(username));
	}

	/** What is wrong with an editor name, or null when it is acceptable. */
	static String nameProblem(String username) {
		return USERNAME.matcher(normalize(username)).matches() ? null
				: "an editor name is 2 to 40 lowercase letters, digits, '.', '_' or '-'";
	}

	/** Whether an account with this name exists. */
	boolean exists(String username) {
		Boolean found = this.jdbc.queryForObject("select exists (select 1 from editor_account where username = ?)",
				Boolean.class, normalize(username));
		return Boolean.TRUE.equals(found);
	}

	static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
