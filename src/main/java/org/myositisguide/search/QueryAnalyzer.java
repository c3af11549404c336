package org.myositisguide.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.myositisguide.catalog.SiteSettings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a reader's query apart the way PostgreSQL's English configuration sees it: quoted
 * phrases must match, {@code -word} must not, and every other word becomes a concept,
 * widened with the lay-word expansions (synonyms, topic and glossary aliases) and joined
 * compounds, weighted by how rare it is, and checked against the vocabulary for typos.
 */
@Component
class QueryAnalyzer {

	/** People words that say who is asking, not what about. */
	static final Set<String> NOISE = Set.of("wife", "husband", "partner", "mum", "mom", "mother", "dad", "father",
			"grandma", "grandmother", "grandpa", "grandfather", "nan", "nana", "brother", "sister", "friend", "someone",
			"please", "thanks", "thank", "hello", "hi");

	/**
	 * Everyday words that shape a question but say little about its topic. They count for
	 * little, and when no article uses them they are ignored instead of sinking the
	 * query.
	 */
	static final Set<String> FILLER = Set.of("completely", "totally", "really", "very", "quite", "just", "still",
			"always", "never", "ever", "anymore", "again", "also", "even", "keep", "keeps", "kept", "keeping", "get",
			"gets", "getting", "got", "make", "makes", "made", "making", "need", "needs", "want", "wants", "think",
			"know", "mean", "means", "meaning", "thing", "things", "lot", "lots", "much", "many", "often", "long",
			"new", "old", "now", "today", "since", "ago", "every", "bit", "little", "going", "goes", "went", "come",
			"comes", "came", "say", "says", "said", "tell", "told", "ask", "asked", "try", "tried", "trying", "look",
			"looks", "seem", "seems", "sure", "maybe", "probably", "actually", "worried", "worry", "scared", "okay",
			"ok", "right", "left", "way", "anything", "something", "everything", "nothing", "lately", "recently",
			"outer", "inner", "upper", "lower", "both", "able", "possible", "normal", "usual", "good", "bad", "best",
			"better", "worse", "happen", "happens", "happened", "start", "started", "stop", "stopped", "use", "used",
			"take", "taking", "took", "give", "given", "done", "doing", "does", "did", "will", "would", "should",
			"could", "might", "must", "can", "cant", "wont", "dont", "doesnt", "isnt");

	private static final double FILLER_MAX_IDF = 0.5;

	/** In libraries of at least this many articles, very common words are "broad". */
	private static final int BROAD_MIN_LIBRARY = 500;

	private static final double BROAD_SHARE = 0.2;

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");

	private static final Pattern EXCLUDED = Pattern.compile("(?:^|\\s)-([\\p{L}\\p{N}]+)");

	private static final double MIN_SIMILARITY = 0.45;

	private static final int MIN_UNKNOWN_LENGTH = 4;

	private static final String PUBLIC = "status = 'published' and published <= ?";

	/** A lexeme in a tsquery's text form, with its quotes. */
	static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'");

	private static final String OWN = "own:";

	private static final Log logger = LogFactory.getLog(QueryAnalyzer.class);

	private final JdbcTemplate jdbc;

	private final SiteSettings index;

	private volatile PublicCount publicCount = new PublicCount(-1, null, 0);

	QueryAnalyzer(JdbcTemplate jdbc, SiteSettings index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** How many articles are public today, counted once per index version and day. */
	private int publicArticles(LocalDate today) {
		long version = this.index.version();
		PublicCount cached = this.publicCount;
		if (cached.version() != version || !today.equals(cached.day())) {
			cached = new PublicCount(version, today,
					count("select count(*) from article_search where " + PUBLIC, today));
			this.publicCount = cached;
		}
		return cached.count();
	}

	private record PublicCount(long version, LocalDate day, int count) {
	}

	QueryAnalysis analyze(String text, LocalDate today) {
		List<String> phrases = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			if (!quoted.group(1).isBlank()) {
				phrases.add(quoted.group(1));
			}
		}
		String rest = QUOTED.matcher(text).replaceAll(" ");
		List<String> excluded = new ArrayList<>();
		Matcher minus = EXCLUDED.matcher(rest);
		while (minus.find()) {
			excluded.add(minus.group(1));
		}
		rest = EXCLUDED.matcher(rest).replaceAll(" ");

		List<Word> words = words(rest);
		Map<String, Set<String>> alternatives = alternatives(rest, words);
		int total = publicArticles(today);
		Map<String, Integer> frequencies = frequencies(words, alternatives);
		List<Concept> concepts = new ArrayList<>();
		Map<String, String> corrections = new LinkedHashMap<>();
		List<String> queries = tsqueries(words, alternatives);
		for (int w = 0; w < words.size(); w++) {
			Word word = words.get(w);
			List<String> alts = List.copyOf(alternatives.getOrDefault(word.lexeme(), Set.of()));
			String query = queries.get(w);
			if (query.isEmpty()) {
				continue;
			}
			int df = documentFrequency(query, frequencies);
			boolean filler = FILLER.contains(word.token()) || word.token().endsWith("ly");
			if (!filler && (df == 0 || (!alts.isEmpty() && ownUse(word.lexeme(), frequencies) == 0))) {
				correction(word.token(), today).ifPresent((c) -> corrections.put(word.token(), c));
			}
			if (df == 0 && alts.isEmpty()) {
				if (filler || word.token().length() < MIN_UNKNOWN_LENGTH) {
					continue;
				}
			}
			double idf = Math.log((total + 1.0) / (df + 0.5));
			boolean broad = total >= BROAD_MIN_LIBRARY && df > BROAD_SHARE * total;
			concepts.add(new Concept(word.token(), alts, query, filler ? Math.min(idf, FILLER_MAX_IDF) : idf, broad));
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Query '" + text + "': " + concepts + " corrections " + corrections);
		}
		return new QueryAnalysis(text, List.copyOf(concepts), combine(phrases, "phraseto_tsquery", " && "),
				combine(excluded, "plainto_tsquery", " || "), corrections);
	}

	/**
	 * The query's words with their lexemes, without stop words, people words or repeats.
	 */
	private List<Word> words(String text) {
		List<Word> words = this.jdbc.query(
				"select token, lexemes[1] from ts_debug('mg_english', ?) where alias in ('asciiword', 'word', "
						+ "'numword', 'hword_asciipart', 'hword_part', 'hword_numpart', 'uint') "
						+ "and cardinality(lexemes) > 0",
				(rs, i) -> new Word(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2)), text);
		Set<String> seen = new LinkedHashSet<>();
		return words.stream().filter((w) -> !NOISE.contains(w.token())).filter((w) -> seen.add(w.lexeme())).toList();
	}

	/**
	 * For each lexeme of the query, what else satisfies it: the terms of every expansion
	 * whose phrase the query contains, and a compound made of it and its neighbour.
	 */
	private Map<String, Set<String>> alternatives(String text, List<Word> words) {
		Map<String, Set<String>> alternatives = new LinkedHashMap<>();
		Set<String> lexemes = new LinkedHashSet<>();
		words.forEach((w) -> lexemes.add(w.lexeme()));
		this.jdbc.query("select term, tsvector_to_array(to_tsvector('mg_english', phrase)) from search_expansion "
				+ "where to_tsvector('mg_english', ?) @@ phrase_query", (rs) -> {
					String term = rs.getString(1);
					for (String lexeme : (String[]) rs.getArray(2).getArray()) {
						if (lexemes.contains(lexeme)) {
							alternatives.computeIfAbsent(lexeme, (k) -> new LinkedHashSet<>()).add(term);
						}
					}
				}, text);
		List<String> compounds = new ArrayList<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			compounds.add(words.get(i).token() + words.get(i + 1).token());
		}
		Set<String> known = inVocabulary(compounds);
		for (int i = 0; i + 1 < words.size(); i++) {
			String compound = compounds.get(i);
			if (known.contains(compound)) {
				alternatives.computeIfAbsent(words.get(i).lexeme(), (k) -> new LinkedHashSet<>()).add(compound);
				alternatives.computeIfAbsent(words.get(i + 1).lexeme(), (k) -> new LinkedHashSet<>()).add(compound);
			}
		}
		return alternatives;
	}

	/**
	 * Each word's query: the word or any of its alternatives, built for all words in one
	 * statement ({@code tsquery_or_agg}); empty for a word that is only a stop word.
	 */
	private List<String> tsqueries(List<Word> words, Map<String, Set<String>> alternatives) {
		List<Integer> index = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			index.add(i);
			texts.add(words.get(i).token());
			order.add(0);
			int n = 1;
			for (String alternative : alternatives.getOrDefault(words.get(i).lexeme(), Set.of())) {
				index.add(i);
				texts.add(alternative);
				order.add(n++);
			}
		}
		String[] queries = new String[words.size()];
		java.util.Arrays.fill(queries, "");
		if (words.isEmpty()) {
			return List.of();
		}
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select i, tsquery_or_agg(plainto_tsquery('mg_english', t) order by n)::text "
					+ "from unnest(?, ?, ?) as x(i, t, n) group by i");
			ps.setArray(1, con.createArrayOf("int4", index.toArray()));
			ps.setArray(2, con.createArrayOf("text", texts.toArray()));
			ps.setArray(3, con.createArrayOf("int4", order.toArray()));
			return ps;
		}, (rs) -> {
			String query = rs.getString(2);
			queries[rs.getInt(1)] = (query != null) ? query : "";
		});
		return List.of(queries);
	}

	private String combine(List<String> parts, String function, String operator) {
		if (parts.isEmpty()) {
			return null;
		}
		String sql = "select ("
				+ String.join(operator, parts.stream().map((p) -> function + "('mg_english', ?)").toList()) + ")::text";
		String query = this.jdbc.queryForObject(sql, String.class, parts.toArray());
		return (query == null || query.isBlank()) ? null : query;
	}

	/**
	 * The most similar vocabulary word that articles really use in their own text
	 * (aliases may hold misspellings, which are never suggested).
	 */
	private java.util.Optional<String> correction(String word, LocalDate today) {
		if (word.length() < 4) {
			return java.util.Optional.empty();
		}
		return this.jdbc
			.query("select v.word from search_vocabulary v join search_term t "
					+ "on t.lexeme = (tsvector_to_array(to_tsvector('mg_english', v.word)))[1] "
					+ "where v.word % ? and v.word <> ? and similarity(v.word, ?) >= ? and t.own_ndoc > 0 "
					+ "order by similarity(v.word, ?) desc, v.word limit 1", (rs, i) -> rs.getString(1), word, word,
					word, MIN_SIMILARITY, word)
			.stream()
			.findFirst();
	}

	/**
	 * Article counts of every lexeme the words and their alternatives can match, from the
	 * statistics the indexer keeps ({@code search_term}).
	 */
	private Map<String, Integer> frequencies(List<Word> words, Map<String, Set<String>> alternatives) {
		Set<String> texts = new LinkedHashSet<>();
		words.forEach((w) -> texts.add(w.token()));
		alternatives.values().forEach(texts::addAll);
		Map<String, Integer> frequencies = new java.util.HashMap<>();
		if (texts.isEmpty()) {
			return frequencies;
		}
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select t.lexeme, t.ndoc, t.own_ndoc from search_term t where t.lexeme in "
					+ "(select unnest(tsvector_to_array(to_tsvector('mg_english', x))) from unnest(?) x)");
			ps.setArray(1, con.createArrayOf("text", texts.toArray()));
			return ps;
		}, (rs) -> {
			frequencies.put(rs.getString(1), rs.getInt(2));
			frequencies.put(OWN + rs.getString(1), rs.getInt(3));
		});
		return frequencies;
	}

	/**
	 * How many articles a concept query can match, estimated from lexeme counts: the most
	 * frequent alternative, where an alternative of several words counts its rarest word.
	 */
	static int documentFrequency(String query, Map<String, Integer> frequencies) {
		int best = 0;
		for (String alternative : query.split("\\|")) {
			int rarest = Integer.MAX_VALUE;
			Matcher lexeme = LEXEME.matcher(alternative);
			while (lexeme.find()) {
				rarest = Math.min(rarest, frequencies.getOrDefault(lexeme.group(1), 0));
			}
			if (rarest != Integer.MAX_VALUE) {
				best = Math.max(best, rarest);
			}
		}
		return best;
	}

	private static int ownUse(String lexeme, Map<String, Integer> frequencies) {
		return frequencies.getOrDefault(OWN + lexeme, 0);
	}

	/**
	 * Which of the given words are in the vocabulary, from memory: the vocabulary (a few
	 * thousand words) is read once per index version.
	 */
	private Set<String> inVocabulary(List<String> words) {
		long version = this.index.version();
		Vocabulary cached = this.vocabulary;
		if (cached.version() != version) {
			cached = new Vocabulary(version,
					Set.copyOf(this.jdbc.queryForList("select word from search_vocabulary", String.class)));
			this.vocabulary = cached;
		}
		Set<String> known = new java.util.HashSet<>(words);
		known.retainAll(cached.words());
		return known;
	}

	private volatile Vocabulary vocabulary = new Vocabulary(-1, Set.of());

	private record Vocabulary(long version, Set<String> words) {
	}

	private int count(String sql, Object... args) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
		return (count != null) ? count : 0;
	}

	/** A word of the query and its lexeme. */
	record Word(String token, String lexeme) {
	}

}
