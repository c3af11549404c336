package org.myositisguide.db;

import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small pool of connections for what readers ask of the database at request time
 * (search), to the same server as the main pool but with a socket timeout: when the
 * database hangs (reachable but silent), a search fails within seconds (and gets the calm
 * 503 page) instead of waiting on a stuck connection for as long as TCP allows. The main
 * pool keeps no such timeout, as index runs may hold one statement for long. Readers'
 * statements never run in parallel.
 */
@Component
public class ReaderDatabase implements DisposableBean {

	/** Seconds a reader's statement may wait for the database to answer. */
	static final int SOCKET_TIMEOUT_SECONDS = 5;

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	ReaderDatabase(DataSource main) {
		if (main instanceof HikariDataSource hikari) {
			HikariConfig config = new HikariConfig();
			hikari.copyStateTo(config);
			config.setPoolName("readers");
			config.setMaximumPoolSize(Math.max(2, Math.min(8, hikari.getMaximumPoolSize())));
			config.setMinimumIdle(1);
			// Start even when the database is not up yet; the pool connects when it is.
			config.setInitializationFailTimeout(-1);
			Properties properties = new Properties();
			properties.putAll(config.getDataSourceProperties());
			properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
			// A reader's statement reads a few rows by index; a parallel plan (chosen
			// when
			// the planner overestimates rows) starts worker processes that cost more than
			// the statement, and under load they contend for the same processors.
			String options = properties.getProperty("options", "");
			properties.setProperty("options", (options + " -c max_parallel_workers_per_gather=0").strip());
			config.setDataSourceProperties(properties);
			this.pool = new HikariDataSource(config);
			this.jdbc = new JdbcTemplate(this.pool);
		}
		else {
			this.pool = null;
			this.jdbc = new JdbcTemplate(main);
		}
	}

	/** Statements for readers' requests. */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	@Override
	public void destroy() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

}
