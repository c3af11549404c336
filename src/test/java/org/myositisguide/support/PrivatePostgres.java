package org.myositisguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of a test's own, on a fixed port and data folder, so that the test can
 * stop it (an outage) and start it again where the application expects it.
 */
public final class PrivatePostgres {

	private final Path dataDir;

	private final int port;

	private EmbeddedPostgres server;

	private PrivatePostgres(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	/** A server on a free port with an empty data folder, not started yet. */
	public static PrivatePostgres create() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new PrivatePostgres(Files.createTempDirectory("mg-private-pg"), socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JDBC URL of the {@code postgres} database, whether the server runs or not. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	public int port() {
		return this.port;
	}

	/** Starts the server (the first time, creates the data folder). */
	public synchronized PrivatePostgres start() {
		if (this.server == null) {
			try {
				this.server = EmbeddedPostgres.builder()
					.setDataDirectory(this.dataDir)
					.setCleanDataDirectory(false)
					.setPort(this.port)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start PostgreSQL on port " + this.port, ex);
			}
		}
		return this;
	}

	/** Stops the server; its data stays for the next {@link #start()}. */
	public synchronized void stop() {
		if (this.server != null) {
			try {
				this.server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot stop PostgreSQL on port " + this.port, ex);
			}
			finally {
				this.server = null;
			}
		}
	}

}
