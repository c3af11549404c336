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
		List<String[]> rows = this.jdbc.query(
				"select password_hash, role, disabled from editor_account where username = ?",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), String.valueOf(rs.getBoolean(3)) }, name);
		if (rows.isEmpty() || Boolean.parseBoolean(rows.get(0)[2])) {
			// A stopped account is answered like an unknown name, whatever the way of
			// signing in (password or passkey).
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
	public void setRole(String username, String role) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("a role is one of " + String.join(", ", ROLES));
		}
		this.jdbc.update("update editor_account set role = ? where username = ?", role, normalize(username));
	}

	/** Every account, by name. */
	List<Account> all() {
		return this.jdbc.query("""
				select username, role, display_name, profession, registration, disabled, created_at
				from editor_account order by username""", EditorAccounts::account);
	}

	/** One account, if it exists. */
	java.util.Optional<Account> find(String username) {
		return this.jdbc.query("""
				select username, role, display_name, profession, registration, disabled, created_at
				from editor_account where username = ?""", EditorAccounts::account, normalize(username))
			.stream()
			.findFirst();
	}

	/**
	 * Sets the name and profession shown when this account's approval is a clinical
	 * review.
	 */
	void setProfile(String username, String displayName, String profession, String registration) {
		this.jdbc.update(
				"update editor_account set display_name = ?, profession = ?, registration = ?, "
						+ "updated_at = now() where username = ?",
				blankToNull(displayName), blankToNull(profession), blankToNull(registration), normalize(username));
	}

	/** Lets an account sign in, or stops it (its sessions end at their next request). */
	void setDisabled(String username, boolean disabled) {
		this.jdbc.update("update editor_account set disabled = ?, updated_at = now() where username = ?", disabled,
				normalize(username));
	}

	/** How many accounts are admins who can sign in. */
	int activeAdmins() {
		Integer count = this.jdbc
			.queryForObject("select count(*) from editor_account where role = 'admin' and not disabled", Integer.class);
		return (count != null) ? count : 0;
	}

	/** Records a change to an account: who did what to whom (the audit line). */
	void record(String username, String change, String changedBy) {
		this.jdbc.update("insert into account_change (username, change, changed_by) values (?, ?, ?)",
				normalize(username), change, changedBy);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getString("username"), rs.getString("role"), rs.getString("display_name"),
				rs.getString("profession"), rs.getString("registration"), rs.getBoolean("disabled"),
				rs.getObject("created_at", java.time.OffsetDateTime.class));
	}

	/**
	 * An account as the admin page shows it.
	 *
	 * @param profession the profession shown with a clinical review (null for accounts
	 * whose approvals are editorial only)
	 */
	public record Account(String username, String role, String displayName, String profession, String registration,
			boolean disabled, java.time.OffsetDateTime createdAt) {

		/** The name shown on the article page. */
		public String shownName() {
			return (this.displayName != null) ? this.displayName : this.username;
		}

		/** Whether this account's approvals are clinical reviews. */
		public boolean clinical() {
			return this.profession != null && !"editor".equals(this.role);
		}

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
