package org.myositisguide.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.SiteProperties;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.content.ContentLoader;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps several instances on one database in step: every index run ends with a
 * {@code NOTIFY} on {@link #CHANNEL} (delivered when it commits), and each instance
 * listens on its own connection. When another instance has written the index, this one
 * takes the new version, so its page cache is invalidated within moments. After a lost
 * connection it reconnects with backoff and assumes it missed something.
 */
@Component
public class IndexEvents implements SmartLifecycle {

	static final String CHANNEL = "mg_index";

	private static final Log logger = LogFactory.getLog(IndexEvents.class);

	private static final int POLL_MILLIS = 1000;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final String instance = UUID.randomUUID().toString();

	private final DataSource dataSource;

	private final SiteSettings siteSettings;

	private final SiteProperties properties;

	private final ContentLoader loader = new ContentLoader();

	private volatile boolean running;

	private Thread thread;

	IndexEvents(DataSource dataSource, SiteSettings siteSettings, SiteProperties properties) {
		this.dataSource = dataSource;
		this.siteSettings = siteSettings;
		this.properties = properties;
	}

	/** This instance's name in notifications, so it ignores its own. */
	String instance() {
		return this.instance;
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
					logger.info("Listening for index changes again; refreshing in case one was missed");
					refresh();
				}
				backoff = 500;
				missed = true;
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					if (notifications != null && notifications.length > 0) {
						boolean fromOthers = false;
						for (PGNotification notification : notifications) {
							fromOthers |= !this.instance.equals(notification.getParameter());
						}
						if (fromOthers) {
							refresh();
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

	/**
	 * Another instance wrote the index: new version (page caches drop), fresh site text.
	 */
	private void refresh() {
		this.siteSettings.update(this.loader.site(this.properties.contentDir()));
		logger.info("The index was changed by another instance; caches refreshed");
	}

}
