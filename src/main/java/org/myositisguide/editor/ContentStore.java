package org.myositisguide.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.content.ContentLoader;
import org.myositisguide.content.FrontMatter;
import org.myositisguide.content.Problem;
import org.myositisguide.content.SourceFile;
import org.myositisguide.gitcontent.GitContent;
import org.myositisguide.index.ContentIndexer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content folder as editors change it through the browser. Every save is validated
 * first (with errors nothing is written), refused if the file changed on disk since the
 * editor opened it, written atomically, kept as a revision, and indexed at once. The
 * files stay the source of truth: git sees exactly what the editor saved. The check and
 * the write hold a PostgreSQL lock on the file's path, so two instances sharing one
 * content folder cannot both save over the same version.
 */
@Service
public class ContentStore {

	private static final Log logger = LogFactory.getLog(ContentStore.class);

	private final SiteProperties properties;

	private final AtomicFiles files;

	private final Revisions revisions;

	private final ContentIndexer indexer;

	private final ContentLoader loader;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<GitContent> git;

	ContentStore(SiteProperties properties, AtomicFiles files, Revisions revisions, ContentIndexer indexer,
			ContentLoader loader, TransactionTemplate transactions, JdbcTemplate jdbc, ObjectProvider<GitContent> git) {
		this.git = git;
		this.loader = loader;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.properties = properties;
		this.files = files;
		this.revisions = revisions;
		this.indexer = indexer;
	}

	/** The path of an article's file relative to the content folder. */
	static String articlePath(String slug) {
		if (!ContentLoader.isSlug(slug)) {
			throw new IllegalArgumentException("not a slug: " + slug);
		}
		return "articles/" + slug + ".md";
	}

	/** An article's file as it is on disk now. */
	public Optional<StoredFile> readArticle(String slug) {
		return read(articlePath(slug));
	}

	Optional<StoredFile> read(String path) {
		try {
			String text = Files.readString(resolve(path), StandardCharsets.UTF_8);
			return Optional.of(new StoredFile(path, text, hash(text)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			logger.warn("Cannot read " + path + ": " + ex.getMessage());
			return Optional.empty();
		}
	}

	/** Checks an article's text against the rest of the folder and renders it. */
	public ContentLoader.ArticleCheck check(String slug, String text) {
		return this.loader.checkArticle(this.properties.contentDir(), slug, normalize(text));
	}

	/**
	 * Saves an article's text.
	 * @param baseHash the hash of the file as the editor opened it; empty for a new file
	 * @param action recorded with the revision ({@code save}, {@code create}, ...)
	 */
	public SaveResult saveArticle(String slug, String text, String baseHash, String author, String action) {
		return saveArticle(slug, text, baseHash, author, action, null);
	}

	/**
	 * Saves an article's text with the editor's note of what changed (kept with the
	 * revision).
	 */
	public SaveResult saveArticle(String slug, String text, String baseHash, String author, String action,
			String note) {
		String path = articlePath(slug);
		String normalized = normalize(text);
		ContentLoader.ArticleCheck check = this.loader.checkArticle(this.properties.contentDir(), slug, normalized);
		if (check.hasErrors()) {
			return new SaveResult.Invalid(check.problems());
		}
		SaveResult result = write(path, normalized, baseHash, author, action, note);
		return (result instanceof SaveResult.Saved saved) ? new SaveResult.Saved(saved.hash(), check.problems())
				: result;
	}

	/** The search synonyms file, relative to the content folder. */
	static final String SYNONYMS = "search/synonyms.txt";

	/**
	 * Adds a line {@code term: phrase} to the search synonyms, through the same safe save
	 * as an article (conflict check, atomic write, revision, reindex).
	 * @param baseHash the hash of the synonyms file as the editor saw it; empty if none
	 */
	public SaveResult addSynonym(String term, String phrase, String baseHash, String author) {
		String cleanTerm = term.strip().toLowerCase(java.util.Locale.ROOT);
		String cleanPhrase = phrase.strip().toLowerCase(java.util.Locale.ROOT);
		if (cleanTerm.isEmpty() || cleanPhrase.isEmpty() || cleanTerm.equals(cleanPhrase)
				|| java.util.regex.Pattern.compile("[:,#\\r\\n]").matcher(cleanTerm + cleanPhrase).find()) {
			return new SaveResult.Invalid(List.of(Problem.error(SYNONYMS, 0,
					"a synonym needs a medical term and a different phrase, without ':', ',' or '#'")));
		}
		String current = read(SYNONYMS).map(StoredFile::text).orElse("");
		String text = current + (current.isEmpty() || current.endsWith("\n") ? "" : "\n") + cleanTerm + ": "
				+ cleanPhrase + "\n";
		return write(SYNONYMS, text, baseHash, author, "synonym", cleanTerm + ": " + cleanPhrase);
	}

	/**
	 * Adds a picture to {@code content/images}: never over an existing file (a second
	 * picture of the same name is refused), written atomically, shared through git in git
	 * mode, and recorded with its text alternative.
	 */
	public SaveResult saveImage(String name, byte[] bytes, String alt, int width, int height, String author) {
		String path = "images/" + name;
		return underLock(path, () -> {
			GitContent git = this.git.getIfAvailable();
			if (git != null) {
				git.update();
			}
			Path target = resolve(path);
			if (java.nio.file.Files.exists(target)) {
				return new SaveResult.Conflict("", "exists");
			}
			try {
				java.nio.file.Files.createDirectories(target.getParent());
				this.files.write(target, (channel) -> channel.write(java.nio.ByteBuffer.wrap(bytes)));
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Saving " + path + " failed: " + ex);
				return new SaveResult.Failed(describe(ex));
			}
			SaveResult unshared = shareInGit(git, path, author, "picture " + path);
			if (unshared != null) {
				return unshared;
			}
			this.jdbc.update(
					"insert into image_upload (name, alt, width, height, bytes, uploaded_by) "
							+ "values (?, ?, ?, ?, ?, ?) on conflict (name) do update set alt = excluded.alt, "
							+ "width = excluded.width, height = excluded.height, bytes = excluded.bytes, "
							+ "uploaded_by = excluded.uploaded_by, uploaded_at = now()",
					name, alt, width, height, bytes.length, author);
			logger.info(author + " added the picture " + path);
			return new SaveResult.Saved(hash(name), List.of());
		});
	}

	/** The synonyms file as it is on disk now, if any. */
	public Optional<StoredFile> readSynonyms() {
		return read(SYNONYMS);
	}

	/**
	 * Writes a checked text: refused if the file changed since {@code baseHash}, written
	 * atomically, kept as a revision (with the version on disk before it), then indexed.
	 */
	private SaveResult write(String path, String normalized, String baseHash, String author, String action,
			String note) {
		return underLock(path, () -> writeLocked(path, normalized, baseHash, author, action, note));
	}

	/**
	 * Runs a save of one path in a transaction holding that path's advisory lock (so that
	 * two saves of one file, on any instance, never interleave), and indexes what it
	 * saved.
	 */
	private SaveResult underLock(String path, java.util.function.Supplier<SaveResult> save) {
		SaveResult result = this.transactions.execute((status) -> {
			this.jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", (rs) -> {
			}, SAVE_LOCK, path);
			return save.get();
		});
		if (result instanceof SaveResult.Saved) {
			this.indexer.reindex();
		}
		return result;
	}

	/**
	 * Commits and pushes a written file in git mode.
	 * @return null when it is shared (or the site is not in git mode), otherwise why not:
	 * a conflict with a commit pushed first, or a failure
	 */
	private SaveResult shareInGit(GitContent git, String path, String author, String message) {
		if (git == null) {
			return null;
		}
		try {
			GitContent.Published published = git.publish(path, author, message);
			return published.conflict()
					? new SaveResult.Conflict(published.winningText(), hash(published.winningText())) : null;
		}
		catch (RuntimeException ex) {
			logger.warn("Publishing " + path + " failed: " + ex.getMessage());
			return new SaveResult.Failed(
					"the shared content could not be updated (" + ex.getMessage() + "); nothing was saved");
		}
	}

	/**
	 * The first key of the advisory locks on paths being saved (the second is the path's
	 * hash).
	 */
	static final int SAVE_LOCK = 0x4d47_5356;

	private SaveResult writeLocked(String path, String normalized, String baseHash, String author, String action,
			String note) {
		GitContent git = this.git.getIfAvailable();
		if (git != null) {
			git.update();
		}
		Optional<StoredFile> current = read(path);
		String currentHash = current.map(StoredFile::hash).orElse("");
		if (!currentHash.equals((baseHash != null) ? baseHash : "")) {
			return new SaveResult.Conflict(current.map(StoredFile::text).orElse(""), currentHash);
		}
		current.ifPresent(this::keepDiskVersion);
		try {
			java.nio.file.Files.createDirectories(resolve(path).getParent());
			this.files.write(resolve(path), normalized);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Saving " + path + " failed: " + ex);
			return new SaveResult.Failed(describe(ex));
		}
		String hash = hash(normalized);
		SaveResult unshared = shareInGit(git, path, author, action + " " + path);
		if (unshared != null) {
			return unshared;
		}
		this.revisions.add(path, author, action, normalized, hash, note);
		logger.info(author + " saved " + path + " (" + action + ")");
		return new SaveResult.Saved(hash, List.of());
	}

	/**
	 * Sets an article's {@code checked} date to today (and {@code review-due}, when the
	 * file sets one, to a year later), through the same checks as any save.
	 */
	public SaveResult markReviewed(String slug, String author, LocalDate today) {
		Optional<StoredFile> current = readArticle(slug);
		if (current.isEmpty()) {
			return new SaveResult.Failed("the file " + articlePath(slug) + " does not exist");
		}
		String text = current.get().text();
		Optional<String> changed = FrontMatter.withValue(text, "checked", today.toString());
		if (changed.isPresent() && FrontMatter.parse(SourceFile.parse("", text), new ArrayList<>()).has("review-due")) {
			changed = FrontMatter.withValue(changed.get(), "review-due", today.plusYears(1).toString());
		}
		if (changed.isEmpty()) {
			return new SaveResult.Failed("the front matter could not be read; fix the file first");
		}
		return saveArticle(slug, changed.get(), current.get().hash(), author, "checked");
	}

	/** Puts an earlier version of a file back, as a new save. */
	public SaveResult restore(Revision revision, String author) {
		String slug = revision.slug();
		String currentHash = readArticle(slug).map(StoredFile::hash).orElse("");
		return saveArticle(slug, revision.content(), currentHash, author, "restore");
	}

	/**
	 * Before the first browser save of a file, or after it was changed outside the
	 * browser (in git, say), the version on disk is stored too, so it can always be
	 * restored.
	 */
	private void keepDiskVersion(StoredFile current) {
		if (!this.revisions.latestHash(current.path()).map(current.hash()::equals).orElse(false)) {
			this.revisions.add(current.path(), "disk", "on disk", current.text(), current.hash());
		}
	}

	private Path resolve(String path) {
		return this.properties.contentDir().resolve(path);
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "the server may not write to " + message + " (permission denied)";
		}
		return (message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName();
	}

	/** Unix line endings and a final newline, as the files in git have. */
	static String normalize(String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
		return normalized.endsWith("\n") ? normalized : normalized + "\n";
	}

	static String hash(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A content file's text and hash as read from disk. */
	public record StoredFile(String path, String text, String hash) {
	}

}
