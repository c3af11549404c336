package org.myositisguide.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps several instances on one database in step: an index run that changed something
 * ends with a {@code NOTIFY} on {@link #CHANNEL} (delivered when it commits) carrying the
 * {@link IndexChange}, and each instance listens on its own connection and hands the
 * change to its {@link IndexState} (which ignores versions it already has, such as its
 * own). After a lost connection it reconnects with backoff and catches up from the stored
 * version, assuming it missed something.
 */
@Component
public class IndexEvents implements SmartLifecycle {

	static final String CHANNEL = "mg_index";

	private static final Log logger = LogFactory.getLog(IndexEvents.class);

	private static final int POLL_MILLIS = 1000;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	/** Above this size, a change is announced as a change of everything. */
	private static final int MAX_PAYLOAD = 7000;

	private final DataSource dataSource;

	private final IndexState state;

	private volatile boolean running;

	private Thread thread;

	IndexEvents(DataSource dataSource, IndexState state) {
		this.dataSource = dataSource;
		this.state = state;
	}

	/**
	 * The announcement of a change: {@code version|slug,slug|topic,topic|page,page}, or
	 * {@code version|*} for everything.
	 */
	static String payload(IndexChange change) {
		String payload = change.version() + "|" + (change.everything() ? "*" : String.join(",", change.articles()) + "|"
				+ String.join(",", change.topics()) + "|" + String.join(",", change.pages()));
		return (payload.length() <= MAX_PAYLOAD) ? payload : change.version() + "|*";
	}

	/** The change an announcement carries. */
	static IndexChange change(String payload) {
		String[] parts = payload.split("\\|", -1);
		long version = Long.parseLong(parts[0]);
		if (parts.length < 4 || "*".equals(parts[1])) {
			return IndexChange.everything(version);
		}
		return new IndexChange(version, false, names(parts[1]), names(parts[2]), names(parts[3]));
	}

	private static java.util.Set<String> names(String list) {
		return list.isEmpty() ? java.util.Set.of() : java.util.Set.of(list.split(","));
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "index-events");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		long backoff = 500;
		boolean missed = false;
		while (this.running) {
			try (Connection connection = openConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (missed) {
					logger.info("Listening for index changes again; catching up in case one was missed");
					this.state.catchUp();
				}
				backoff = 500;
				missed = true;
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							take(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger
					.warn("Not listening for index changes (" + ex.getMessage() + "); retrying in " + backoff + " ms");
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
	}

	/**
	 * A connection of its own, outside the pool, so that listening never takes a
	 * connection from readers (or looks like a stuck one).
	 */
	private Connection openConnection() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari) {
			java.util.Properties properties = new java.util.Properties();
			properties.putAll(hikari.getDataSourceProperties());
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			properties.setProperty("ApplicationName", "myositis-guide index listener");
			properties.setProperty("connectTimeout", "5");
			return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
		}
		return this.dataSource.getConnection();
	}

	private void take(String payload) {
		try {
			this.state.apply(change(payload));
		}
		catch (RuntimeException ex) {
			logger.warn("Unreadable index announcement '" + payload + "' (" + ex + "); catching up");
			this.state.catchUp();
		}
	}

}
