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
 * At most {@link #PER_HOUR} reports, and {@link #ANSWERS_PER_HOUR} answers to "Was this
 * page helpful?", an hour from one client address. Addresses are held in memory for that
 * hour only, never stored.
 */
@Component
class ReportLimiter {

	static final int PER_HOUR = 5;

	static final int ANSWERS_PER_HOUR = 20;

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final Clock clock;

	ReportLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts a report from this address; false when it has sent too many. */
	boolean allow(String address) {
		return allow("report " + address, PER_HOUR);
	}

	/** Counts an answer to "Was this page helpful?"; false when it has sent too many. */
	boolean allowAnswer(String address) {
		return allow("answer " + address, ANSWERS_PER_HOUR);
	}

	private boolean allow(String address, int perHour) {
		Instant now = this.clock.instant();
		if (this.recent.size() > MAX_CLIENTS) {
			this.recent.values().removeIf((times) -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= perHour) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
