package org.myositisguide.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * At most {@link #PER_HOUR} reports an hour from one client address. Addresses are held
 * in memory for that hour only, never stored.
 */
@Component
class ReportLimiter {

	static final int PER_HOUR = 5;

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final Clock clock;

	ReportLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts a report from this address; false when it has sent too many. */
	boolean allow(String address) {
		Instant now = this.clock.instant();
		if (this.recent.size() > MAX_CLIENTS) {
			this.recent.values().removeIf((times) -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= PER_HOUR) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
