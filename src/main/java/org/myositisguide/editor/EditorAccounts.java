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

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	EditorAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = normalize(username);
		List<String> hashes = this.jdbc.queryForList("select password_hash from editor_account where username = ?",
				String.class, name);
		if (hashes.isEmpty()) {
			throw new UsernameNotFoundException("No such editor");
		}
		return User.withUsername(name)
			.password(hashes.get(0))
			.roles(ROLE)
			.accountLocked(this.throttle.isLocked(name))
			.build();
	}

	/**
	 * Creates an account or sets a new password.
	 * @return true when the account is new
	 * @throws IllegalArgumentException when the name or the password is not acceptable
	 */
	public boolean setPassword(String username, CharSequence password) {
		String name = normalize(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException("an editor name is 2 to 40 lowercase letters, digits, '.', '_' or '-'");
		}
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

	private static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
