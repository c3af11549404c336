package org.myositisguide.gitcontent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.index.ContentIndexer;
import org.myositisguide.index.ContentVersion;
import org.myositisguide.settings.SiteProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The content folder as a working copy of a shared git remote. At start it clones the
 * remote into an empty folder (or opens the working copy there), then fetches and
 * fast-forwards. A browser save is a commit pushed as a compare-and-swap on the branch:
 * when another instance pushed first, a change to the same file is a conflict (the save
 * is undone locally and the editor sees the text that won), and a change to other files
 * is rebased on and pushed again. The other instances hear of the save through the
 * index's announcement and fetch at once; commits pushed from elsewhere are fetched every
 * {@code site.content-poll}. Git's own merge rules keep files changed by hand in the
 * folder (a fast-forward that would overwrite them is refused and logged).
 */
@Component
@ConditionalOnExpression("!'${site.content-remote:}'.isBlank()")
public class GitContent implements ContentVersion, DisposableBean {

	private static final Log logger = LogFactory.getLog(GitContent.class);

	/** Attempts to push a save when other instances keep pushing first. */
	private static final int PUSH_ATTEMPTS = 5;

	private final Path dir;

	private final String remote;

	private final String branch;

	private final ContentIndexer indexer;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "content-fetch");
		thread.setDaemon(true);
		return thread;
	});

	private Git git;

	GitContent(SiteProperties properties, @Lazy ContentIndexer indexer) {
		this.dir = properties.contentDir();
		this.remote = properties.contentRemote().strip();
		this.branch = properties.contentBranch();
		this.indexer = indexer;
		git();
		update();
		long poll = Math.max(1, properties.contentPoll().toMillis());
		this.poller.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
	}

	/** The working copy, cloned from the remote on first use when the folder is empty. */
	private synchronized Git git() {
		if (this.git == null) {
			try {
				if (Files.isDirectory(this.dir.resolve(".git"))) {
					this.git = Git.open(this.dir.toFile());
				}
				else {
					if (Files.isDirectory(this.dir)) {
						try (Stream<Path> files = Files.list(this.dir)) {
							if (files.findAny().isPresent()) {
								throw new IllegalStateException("site.content-dir " + this.dir
										+ " is not empty and not a git working copy: empty it to clone " + this.remote
										+ " into it, or point site.content-dir at another folder");
							}
						}
					}
					logger.info("Cloning the content from " + this.remote + " into " + this.dir);
					this.git = Git.cloneRepository()
						.setURI(this.remote)
						.setDirectory(this.dir.toFile())
						.setBranch(this.branch)
						.call();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot open the content working copy " + this.dir, ex);
			}
			catch (GitAPIException ex) {
				throw new IllegalStateException("Cannot clone the content from " + this.remote + ": " + ex.getMessage(),
						ex);
			}
		}
		return this.git;
	}

	/**
	 * Fetches from the remote and fast-forwards the working copy; true when it moved.
	 * Done at start, before a save, when another instance announces a new index, and
	 * every poll; each time it moved, the content is indexed again.
	 */
	public synchronized boolean update() {
		Repository repository = git().getRepository();
		try {
			git().fetch().setRemote("origin").call();
			ObjectId remoteHead = repository.resolve("refs/remotes/origin/" + this.branch);
			ObjectId local = repository.resolve("HEAD");
			if (remoteHead == null || remoteHead.equals(local)) {
				return false;
			}
			if (local != null && contains(local.name(), remoteHead.name())) {
				return false;
			}
			git().merge().include(remoteHead).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
			boolean behind = !remoteHead.equals(repository.resolve("HEAD"));
			if (behind) {
				logger.warn("Could not fast-forward " + this.dir + " to " + remoteHead.name()
						+ " (files changed by hand, or a diverged history): the index keeps the newer content");
			}
			return !behind;
		}
		catch (GitAPIException | IOException ex) {
			logger.warn("Cannot fetch the content from " + this.remote + ": " + ex.getMessage());
			return false;
		}
	}

	@Override
	public synchronized String head() {
		try {
			ObjectId head = git().getRepository().resolve("HEAD");
			return (head != null) ? head.name() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized boolean contains(String newer, String older) {
		Repository repository = git().getRepository();
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId newerId = repository.resolve(newer);
			ObjectId olderId = repository.resolve(older);
			if (newerId == null || olderId == null) {
				return false;
			}
			return walk.isMergedInto(walk.parseCommit(olderId), walk.parseCommit(newerId));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Commits one file as written in the working copy and pushes it.
	 * @param path the file, relative to the content folder
	 * @param baseText the file's text before the save (null when it is new), restored on
	 * a conflict
	 * @return the commit pushed, or the text that won when another instance changed the
	 * same file first (the save is then undone in this working copy)
	 */
	public synchronized Published publish(String path, String author, String message) {
		Git git = git();
		try {
			git.add().addFilepattern(path).call();
			PersonIdent who = new PersonIdent(author, author + "@editors.invalid");
			RevCommit commit = git.commit().setOnly(path).setAuthor(who).setCommitter(who).setMessage(message).call();
			for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
				boolean pushed;
				try {
					pushed = pushed(git);
				}
				catch (GitAPIException ex) {
					// The remote cannot be reached: undo the commit here, so that this
					// copy
					// never holds a commit the others cannot see; the editor keeps the
					// text.
					git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.getParent(0).name()).call();
					throw ex;
				}
				if (pushed) {
					return new Published(git.getRepository().resolve("HEAD").name(), null);
				}
				git.fetch().setRemote("origin").call();
				ObjectId remoteHead = git.getRepository().resolve("refs/remotes/origin/" + this.branch);
				if (changedSince(commit.getParent(0), remoteHead, path)) {
					git.reset().setMode(ResetCommand.ResetType.HARD).setRef(remoteHead.name()).call();
					String won = Files.exists(this.dir.resolve(path)) ? Files.readString(this.dir.resolve(path)) : "";
					logger.info(author + "'s save of " + path + " lost to a commit pushed first; nothing was lost: "
							+ "the editor sees both texts");
					return new Published(null, won);
				}
				git.rebase().setUpstream(remoteHead).call();
				commit = git.log().setMaxCount(1).call().iterator().next();
			}
			throw new IllegalStateException("other instances kept pushing first; tried " + PUSH_ATTEMPTS + " times");
		}
		catch (GitAPIException | IOException ex) {
			throw new IllegalStateException("Cannot commit and push " + path + ": " + ex.getMessage(), ex);
		}
	}

	private boolean pushed(Git git) throws GitAPIException {
		for (PushResult result : git.push().setRemote("origin").add(this.branch).call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() != RemoteRefUpdate.Status.OK
						&& update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether a file differs between two commits. */
	private boolean changedSince(ObjectId base, ObjectId other, String path) throws IOException {
		return !java.util.Objects.equals(blob(base, path), blob(other, path));
	}

	private ObjectId blob(ObjectId commit, String path) throws IOException {
		Repository repository = git().getRepository();
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit parsed = walk.parseCommit(commit);
			try (TreeWalk tree = TreeWalk.forPath(repository, path, parsed.getTree())) {
				return (tree != null) ? tree.getObjectId(0) : null;
			}
		}
	}

	/** Another instance announced a new index: its commit may be newer than ours. */
	@EventListener
	void indexChanged(IndexChange change) {
		this.poller.execute(this::poll);
	}

	private void poll() {
		try {
			if (update()) {
				this.indexer.reindex();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Fetching the content failed: " + ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
		synchronized (this) {
			if (this.git != null) {
				this.git.close();
			}
		}
	}

	/**
	 * What a save became.
	 *
	 * @param commit the commit pushed, or null on a conflict
	 * @param winningText on a conflict, the file's text from the commit that was pushed
	 * first
	 */
	public record Published(String commit, String winningText) {

		public boolean conflict() {
			return this.commit == null;
		}

	}

}
