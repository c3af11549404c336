package org.myositisguide.editor;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an editor name for a while after repeated failed logins, so a password cannot be
 * guessed by trying many. Failures are counted in memory per name (not per address, so
 * that changing address does not help an attacker) and forgotten after
 * {@link #LOCK_TIME}; a good login clears them.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_TIME = Duration.ofMinutes(15);

	private final Cache<String, Integer> failures = Caffeine.newBuilder()
		.expireAfterWrite(LOCK_TIME)
		.maximumSize(10_000)
		.build();

	public boolean isLocked(String username) {
		Integer count = this.failures.getIfPresent(key(username));
		return count != null && count >= MAX_FAILURES;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.failures.asMap().merge(key(event.getAuthentication().getName()), 1, Integer::sum);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.invalidate(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
