package org.myositisguide.index;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Live reload: watches the content folder (JDK {@link WatchService}) and, once changes
 * have been quiet for {@link #DEBOUNCE_MILLIS}, brings the index up to date. Unchanged
 * files are recognised by hash, so only what changed is rendered again. Off with
 * {@code site.watch=false}.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	static final long DEBOUNCE_MILLIS = 200;

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	private static final List<String> FOLDERS = List.of("articles", "tags", "glossary", "search", "urgent", "pages");

	private final ContentIndexer indexer;

	private final SiteProperties properties;

	private final ScheduledExecutorService debouncer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "content-reindex");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean running;

	private ScheduledFuture<?> pending;

	/** Files reported changed since the last run was scheduled. */
	private final Set<Path> changed = new HashSet<>();

	ContentWatcher(ContentIndexer indexer, SiteProperties properties) {
		this.indexer = indexer;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.properties.watch() || !Files.isDirectory(this.properties.contentDir())) {
			return;
		}
		// The folders are registered before start returns, so that no edit made once the
		// site has started is missed; the events are then read on a thread of their own.
		Path root = this.properties.contentDir();
		WatchService service;
		try {
			service = FileSystems.getDefault().newWatchService();
			try {
				register(service, root);
				for (String folder : FOLDERS) {
					if (Files.isDirectory(root.resolve(folder))) {
						register(service, root.resolve(folder));
					}
				}
			}
			catch (IOException ex) {
				service.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			logger.error("Cannot watch " + root + " for changes; restart to pick up edits", ex);
			return;
		}
		logger.info("Watching " + root + " for changes");
		this.running = true;
		Thread thread = new Thread(() -> watch(service), "content-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	private void watch(WatchService service) {
		try (service) {
			while (this.running) {
				WatchKey key = service.poll(1, TimeUnit.SECONDS);
				if (key == null) {
					continue;
				}
				for (WatchEvent<?> event : key.pollEvents()) {
					if (event.context() instanceof Path name && key.watchable() instanceof Path dir) {
						if (FOLDERS.contains(name.toString()) && Files.isDirectory(dir.resolve(name))) {
							register(service, dir.resolve(name));
						}
						synchronized (this) {
							this.changed.add(dir.resolve(name));
						}
					}
				}
				key.reset();
				schedule();
			}
		}
		catch (IOException ex) {
			logger.error("Stopped watching " + this.properties.contentDir() + " for changes; restart to pick up edits",
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// stopping
		}
	}

	private static void register(WatchService service, Path dir) throws IOException {
		dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
				StandardWatchEventKinds.ENTRY_DELETE);
	}

	private synchronized void schedule() {
		if (this.pending != null) {
			this.pending.cancel(false);
		}
		this.pending = this.debouncer.schedule(this::reindex, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void reindex() {
		Set<Path> paths;
		synchronized (this) {
			paths = new HashSet<>(this.changed);
			this.changed.clear();
		}
		if (!paths.isEmpty() && paths.stream().allMatch(this::alreadyIndexed)) {
			return;
		}
		try {
			this.indexer.reindex();
		}
		catch (RuntimeException ex) {
			logger.error("Re-indexing after a content change failed; the previous index is still served", ex);
		}
	}

	/**
	 * Whether a changed file was already seen by the last index run: it still exists and
	 * is no newer than that run's start (a browser save indexes before it returns).
	 */
	private boolean alreadyIndexed(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant().isBefore(this.indexer.lastRunStarted());
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.debouncer.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
