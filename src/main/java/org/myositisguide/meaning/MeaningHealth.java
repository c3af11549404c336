package org.myositisguide.meaning;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports search by meaning under {@code /actuator/health}: up when the model is ready
 * and every public passage has its vector (or when it was turned off on purpose);
 * "DEGRADED" (still HTTP 200: search works, by words alone where meaning cannot help yet)
 * while the model loads, after it failed to load, or while passages are being embedded.
 */
@Component("searchByMeaning")
class MeaningHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Search works by words alone for now");

	private final MeaningMonitor monitor;

	MeaningHealth(MeaningMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public Health health() {
		MeaningStatus status = this.monitor.status();
		Health.Builder health = (status.off() || status.complete()) ? Health.up() : Health.status(DEGRADED);
		health.withDetail("model", status.model() + " (" + status.state() + ")")
			.withDetail("passages", status.passages())
			.withDetail("searchable", status.searchable())
			.withDetail("approximate", status.approximate());
		if (status.embedding().failure() != null) {
			health.withDetail("embedding", "stopped: " + status.embedding().failure());
		}
		return health.build();
	}

}
