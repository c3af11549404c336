package org.myositisguide.catalog;

import java.time.Instant;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one owner of the index's state in this instance: the version of the index it serves
 * (kept in PostgreSQL's {@code index_state}) and when that last changed. Every change,
 * made here or announced by another instance, passes through {@link #apply} once, in
 * version order, and is published as an {@link IndexChange} event: caches refresh on it
 * instead of polling.
 */
@Component
public class IndexState implements SmartInitializingSingleton {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private volatile long version = -1;

	private volatile Instant changedAt = Instant.EPOCH;

	IndexState(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Starts from the stored version, before the first request. */
	@Override
	public void afterSingletonsInstantiated() {
		catchUp();
	}

	/** The version of the index this instance serves; -1 before it first read it. */
	public long version() {
		return this.version;
	}

	/** When this instance last took a change of the index (for {@code Last-Modified}). */
	public Instant changedAt() {
		return this.changedAt;
	}

	/**
	 * Reads the version from the database (at start, and after a lost connection, when
	 * announcements may have been missed); a newer one than known counts as a change of
	 * everything.
	 */
	public void catchUp() {
		Long stored = this.jdbc.sql("select version from index_state where id = 1").query(Long.class).single();
		if (stored != null && stored > this.version) {
			apply(IndexChange.everything(stored));
		}
	}

	/**
	 * Takes a change if it is newer than what this instance serves. Listeners hear it
	 * before this returns, also when the same change arrived first as another instance's
	 * announcement on another thread: the lock is held while they are told, so events
	 * keep version order and whoever applied a change finds every cache refreshed.
	 */
	public synchronized void apply(IndexChange change) {
		if (change.version() <= this.version) {
			return;
		}
		this.version = change.version();
		this.changedAt = Instant.now();
		this.events.publishEvent(change);
	}

}
