package org.myositisguide.editor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an editor out. Failed sign-ins
 * are counted in PostgreSQL (so every instance sees them) per client address, and per
 * client address and editor name for names that exist; unknown names get no counter of
 * their own. Past a number of free tries, each further try from that address (for that
 * name) must wait longer after the last failure, up to {@link #MAX_WAIT}; a try made too
 * soon fails exactly like a wrong password, even with the right one. An editor signing in
 * from another address is not slowed at all. Counters are forgotten {@link #FORGET_AFTER}
 * after the last failure; a good sign-in clears them.
 */
@Component
public class LoginThrottle {

	/** Failures for one editor name from one address before tries are slowed down. */
	static final int FREE_PER_NAME = 5;

	/** Failures from one address, for any names, before tries are slowed down. */
	static final int FREE_PER_ADDRESS = 20;

	static final Duration MAX_WAIT = Duration.ofMinutes(1);

	static final Duration FORGET_AFTER = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final EditorAccounts accounts;

	LoginThrottle(JdbcTemplate jdbc, EditorAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Whether a sign-in try comes too soon after failures for its name from its address.
	 */
	public boolean tooSoon(Authentication attempt) {
		String address = address(attempt);
		return tooSoon(addressKey(address), FREE_PER_ADDRESS)
				|| tooSoon(pairKey(address, attempt.getName()), FREE_PER_NAME);
	}

	private boolean tooSoon(String key, int free) {
		List<Boolean> soon = this.jdbc.queryForList("""
				select now() < last_at + least(make_interval(secs => power(2, failures - ?)), ?::interval)
				from login_failure
				where key = ? and failures >= ? and last_at > now() - ?::interval""", Boolean.class, free,
				MAX_WAIT.toSeconds() + " seconds", key, free, FORGET_AFTER.toSeconds() + " seconds");
		return !soon.isEmpty() && Boolean.TRUE.equals(soon.get(0));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String address = address(event.getAuthentication());
		count(addressKey(address));
		String name = event.getAuthentication().getName();
		if (this.accounts.exists(name)) {
			count(pairKey(address, name));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = address(event.getAuthentication());
		this.jdbc.update("delete from login_failure where key in (?, ?)", addressKey(address),
				pairKey(address, event.getAuthentication().getName()));
	}

	private void count(String key) {
		this.jdbc.update("""
				insert into login_failure (key, failures, last_at) values (?, 1, now())
				on conflict (key) do update set last_at = now(),
				  failures = case when login_failure.last_at < now() - ?::interval then 1
				                  else login_failure.failures + 1 end""", key, FORGET_AFTER.toSeconds() + " seconds");
		this.jdbc.update("delete from login_failure where last_at < now() - ?::interval",
				FORGET_AFTER.toSeconds() + " seconds");
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

	private static String addressKey(String address) {
		return "address " + address;
	}

	private static String pairKey(String address, String username) {
		return "name " + address + " " + EditorAccounts.normalize(username);
	}

}
