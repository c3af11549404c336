package org.myositisguide.search;

import org.myositisguide.content.SiteUrls;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;

import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Service;

/**
 * Search for the HTML page and the JSON API alike. Misspelled words are corrected from
 * the site's vocabulary: when the query as typed finds nothing, the corrected query is
 * searched ("Showing results for"), otherwise the correction is offered ("Did you mean").
 */
@Service
public class SearchService {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}\uFFFD]");

	private static final int SUGGESTIONS = 8;

	private final QueryAnalyzer analyzer;

	private final SearchRepository repository;

	private final SiteProperties.Search settings;

	private final Clock clock;

	private final IndexState index;

	private volatile GlossaryCache glossary = new GlossaryCache(-1, List.of());

	private final Cache<String, SearchResults> results;

	private final SearchStats stats;

	private final Semaphore turns;

	public SearchService(QueryAnalyzer analyzer, SearchRepository repository, SiteProperties properties, Clock clock,
			IndexState index, SearchStats stats) {
		this.stats = stats;
		this.turns = new Semaphore(properties.search().permits(), true);
		this.analyzer = analyzer;
		this.repository = repository;
		this.settings = properties.search();
		this.clock = clock;
		this.index = index;
		this.results = (this.settings.cacheSize() > 0) ? Caffeine.newBuilder()
			.maximumSize(this.settings.cacheSize())
			.expireAfterWrite(Duration.ofMinutes(30))
			.build() : null;
	}

	/**
	 * Cleans a raw query: no control characters, single spaces, apostrophes dropped, cut
	 * to length.
	 */
	public String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = CONTROL.matcher(raw).replaceAll(" ").replace("'", "").replace("\u2019", "");
		text = text.replaceAll("\\s+", " ").strip();
		if (text.length() > this.settings.maxQueryLength()) {
			text = text.substring(0, this.settings.maxQueryLength()).strip();
		}
		return text;
	}

	/**
	 * A page (1-based) of results for a query. Pages already computed for the current
	 * index version and day come from memory: many readers ask the same questions.
	 */
	public SearchResults search(String raw, int page) {
		String query = clean(raw);
		if (query.isEmpty()) {
			return SearchResults.empty(query);
		}
		int safePage = Math.max(1, Math.min(page, 1000));
		LocalDate today = LocalDate.now(this.clock);
		SearchResults results;
		if (this.results == null) {
			results = compute(query, safePage, today);
		}
		else {
			String key = today + "|" + safePage + "|" + query;
			results = this.results.get(key, (k) -> compute(query, safePage, today));
		}
		if (safePage == 1) {
			this.stats.record(query, results.total(), results.searchedFor() != null || results.suggestion() != null);
		}
		return results;
	}

	/**
	 * Computes a search when its turn comes. Searches use the processors (here and in
	 * PostgreSQL) and little else, so running more at once than there are processors only
	 * makes each slower; on a small machine it made PostgreSQL's backends contend and
	 * stall for hundreds of milliseconds. Waiting searches go first come, first served.
	 */
	private SearchResults compute(String query, int safePage, LocalDate today) {
		boolean turn;
		try {
			turn = this.turns.tryAcquire(this.settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientDataAccessResourceException("Interrupted while waiting to search", ex);
		}
		if (!turn) {
			throw new TransientDataAccessResourceException("Too many searches at once");
		}
		try {
			return computeNow(query, safePage, today);
		}
		finally {
			this.turns.release();
		}
	}

	private SearchResults computeNow(String query, int safePage, LocalDate today) {
		QueryAnalysis analysis = this.analyzer.analyze(query, today);
		SearchRepository.Page found = find(analysis, today, safePage);
		String searchedFor = null;
		String suggestion = null;
		if (!analysis.corrections().isEmpty()) {
			String corrected = analysis.correctedText();
			if (found.total() == 0) {
				QueryAnalysis correctedAnalysis = this.analyzer.analyze(corrected, today);
				SearchRepository.Page correctedFound = find(correctedAnalysis, today, safePage);
				if (correctedFound.total() > 0) {
					analysis = correctedAnalysis;
					found = correctedFound;
					searchedFor = corrected;
				}
				else {
					suggestion = corrected;
				}
			}
			else {
				suggestion = corrected;
			}
		}
		int size = this.settings.pageSize();
		int totalPages = (int) ((found.total() + size - 1) / size);
		Set<String> lexemes = highlightWords(analysis);
		List<SearchHit> hits = found.rows()
			.stream()
			.map((r) -> new SearchHit(r.slug(), r.title(), SiteUrls.article(r.slug()),
					Snippets.forArticle(r.text(), lexemes), r.tags(), r.published()))
			.toList();
		return new SearchResults(query, found.total(), safePage, totalPages, hits, searchedFor, suggestion,
				glossary((searchedFor != null) ? searchedFor : query).orElse(null));
	}

	/** Quick suggestions (titles, topics, glossary terms) for the search box. */
	public List<SearchRepository.Suggestion> suggest(String raw) {
		String text = clean(raw);
		if (text.length() < 2) {
			return List.of();
		}
		return this.repository.suggest(text, LocalDate.now(this.clock), SUGGESTIONS);
	}

	private SearchRepository.Page find(QueryAnalysis analysis, LocalDate today, int page) {
		if (analysis.isEmpty()) {
			return new SearchRepository.Page(List.of(), 0);
		}
		int size = this.settings.pageSize();
		return this.repository.find(analysis, this.settings.minCoverage(), today, size, (page - 1) * size);
	}

	/** The lexemes the snippet should show, to find where in an article to look. */
	private Set<String> highlightWords(QueryAnalysis analysis) {
		Set<String> words = new HashSet<>();
		List<String> queries = new ArrayList<>();
		analysis.concepts().forEach((c) -> queries.add(c.query()));
		if (analysis.must() != null) {
			queries.add(analysis.must());
		}
		for (String query : queries) {
			java.util.regex.Matcher lexeme = QueryAnalyzer.LEXEME.matcher(query);
			while (lexeme.find()) {
				words.add(lexeme.group(1).replace("''", "'"));
			}
		}
		// Alternatives no article uses (misspellings kept as aliases) cannot be in a
		// snippet.
		words.removeIf((word) -> !this.analyzer.usedInArticles(word));
		return Set.copyOf(words);
	}

	/**
	 * The glossary term named in the query (the longest name that appears as whole
	 * words).
	 */
	private Optional<GlossaryHit> glossary(String query) {
		String text = " " + PlainWords.of(query) + " ";
		return glossaryEntries().stream()
			.flatMap((entry) -> entry.names()
				.stream()
				.filter((name) -> text.contains(name))
				.map((name) -> new Match(entry.hit(), name.length())))
			.max(Comparator.comparingInt(Match::length))
			.map(Match::hit);
	}

	/** The glossary's names, read once per index version rather than on every search. */
	private List<GlossaryNames> glossaryEntries() {
		GlossaryCache cached = this.glossary;
		if (cached.version() < 0) {
			long version = Math.max(0, this.index.version());
			List<GlossaryNames> entries = this.repository.glossary()
				.stream()
				.map((entry) -> new GlossaryNames(entry.hit(),
						entry.names()
							.stream()
							.map((name) -> " " + PlainWords.of(name) + " ")
							.filter((name) -> name.strip().length() >= 2)
							.toList()))
				.toList();
			cached = new GlossaryCache(version, entries);
			this.glossary = cached;
		}
		return cached.entries();
	}

	/** A glossary term and its names as whole words between spaces. */
	private record GlossaryNames(GlossaryHit hit, List<String> names) {
	}

	private record Match(GlossaryHit hit, int length) {
	}

	/**
	 * The index changed: cached results and glossary names are made again when next
	 * needed.
	 */
	@EventListener
	void indexChanged(IndexChange change) {
		if (this.results != null) {
			this.results.invalidateAll();
		}
		this.glossary = new GlossaryCache(-1, List.of());
	}

	private record GlossaryCache(long version, List<GlossaryNames> entries) {
	}

}
