package org.myositisguide.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
	 * query. Contractions are here as readers type them once apostrophes are dropped
	 * ("shes", "ive"), except those that are also words ("ill", "well", "shell", "were").
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
			"better", "worse", "happen", "happens", "happened", "happening", "start", "started", "starting", "starts",
			"stop", "stopped", "stopping", "stops", "use", "used", "using", "uses", "expect", "expected", "expecting",
			"take", "taking", "took", "takes", "give", "given", "giving", "gives", "done", "doing", "does", "did",
			"will", "would", "should", "could", "might", "must", "can", "cant", "wont", "dont", "doesnt", "isnt", "im",
			"ive", "id", "youre", "youve", "youd", "youll", "hes", "shes", "theyre", "theyve", "theyd", "theyll",
			"weve", "thats", "whats", "wheres", "whos", "hows", "theres", "heres", "lets", "arent", "wasnt", "werent",
			"hasnt", "havent", "hadnt", "didnt", "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt", "aint", "gonna",
			"wanna", "gotta", "kinda", "sorta");

	private static final double FILLER_MAX_IDF = 0.5;

	/**
	 * In libraries of at least this many articles, words in more than a tenth of the
	 * articles are "broad": they find candidates through titles only, and add summary and
	 * topic matches to the best candidates. Measured at 10,030 articles (8 clients, 2
	 * cores, uncached): a fifth gave p99 39 to 49 ms at 349 to 389 searches/s, a tenth 29
	 * to 42 ms at 383 to 456/s, a twentieth 21 to 36 ms at 378 to 598/s; the shipped
	 * articles among the generated ones were in the top 3 for 37%, 30% and 27% of the
	 * sample queries. Small libraries (the launch content) never have broad words.
	 */
	private static final int BROAD_MIN_LIBRARY = 500;

	private static final double BROAD_SHARE = 0.1;

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");

	private static final Pattern EXCLUDED = Pattern.compile("(?:^|\\s)-([\\p{L}\\p{N}]+)");

	private static final double MIN_SIMILARITY = 0.45;

	private static final int MIN_UNKNOWN_LENGTH = 4;

	private static final String PUBLIC = "visible_from <= ?";

	/** A lexeme in a tsquery's text form, with its quotes. */
	static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'");

	/** The parser's token types that make query words. */
	private static final Set<String> WORD_TYPES = Set.of("asciiword", "word", "numword", "hword_asciipart",
			"hword_part", "hword_numpart", "uint");

	private static final Log logger = LogFactory.getLog(QueryAnalyzer.class);

	private final JdbcTemplate jdbc;

	private final IndexState index;

	private volatile PublicCount publicCount = new PublicCount(-1, null, 0);

	/** What analysis reads from the index, for the current index version. */
	private volatile Dictionary dictionary = new Dictionary(-1, Map.of(), Map.of(), Map.of());

	/** Spelling corrections by index version and word. */
	private final Cache<CorrectionKey, Optional<String>> corrections = Caffeine.newBuilder()
		.maximumSize(20_000)
		.build();

	/**
	 * Parsed parts of queries (parsing depends on the text search configuration only).
	 */
	private final Cache<String, List<Token>> parsed = Caffeine.newBuilder().maximumSize(50_000).build();

	QueryAnalyzer(org.myositisguide.db.ReaderDatabase readers, IndexState index) {
		this.jdbc = readers.jdbc();
		this.index = index;
	}

	/** How many articles are public today, counted once per index version and day. */
	private int publicArticles(LocalDate today) {
		PublicCount cached = this.publicCount;
		if (cached.version() < 0 || !today.equals(cached.day())) {
			cached = new PublicCount(this.index.version(), today,
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

		Dictionary dictionary = dictionary();
		Set<String> lexemes = new LinkedHashSet<>();
		List<Word> words = words(rest, lexemes);
		Map<String, Set<Alternative>> alternatives = alternatives(dictionary, lexemes, words,
				" " + PlainWords.of(rest) + " ");
		int total = publicArticles(today);
		List<Concept> concepts = new ArrayList<>();
		Map<String, String> corrections = new LinkedHashMap<>();
		int unknown = 0;
		List<String> unknownWords = new ArrayList<>();
		for (Word word : words) {
			Set<Alternative> alts = alternatives.getOrDefault(word.lexeme(), Set.of());
			String query = query(word, alts);
			int df = documentFrequency(query, dictionary.terms());
			if (df == 0 && alts.isEmpty()) {
				Alternative split = split(dictionary, word.token());
				if (split != null) {
					alts = Set.of(split);
					query = query(word, alts);
					df = documentFrequency(query, dictionary.terms());
				}
			}
			boolean filler = FILLER.contains(word.token()) || adverb(word.token(), dictionary.vocabulary());
			if (df == 0 && alts.isEmpty()) {
				// Outside the vocabulary: perhaps a misspelling; never a reason for no
				// results.
				if (!filler && !dictionary.vocabulary().containsKey(word.token())) {
					correction(dictionary.version(), word.token()).ifPresent((c) -> corrections.put(word.token(), c));
				}
				if (!filler && word.token().length() >= MIN_UNKNOWN_LENGTH) {
					unknown++;
				}
				if (!filler) {
					unknownWords.add(word.token());
				}
				continue;
			}
			double idf = Math.log((total + 1.0) / (df + 0.5));
			boolean broad = total >= BROAD_MIN_LIBRARY && df > BROAD_SHARE * total;
			List<String> siteWords = (dictionary.ownUse(word.lexeme()) > 0) ? List.of()
					: alts.stream().filter((alt) -> usedInOwnText(dictionary, alt)).map(Alternative::text).toList();
			Term own = dictionary.terms().get(word.lexeme());
			boolean ownRarer = !filler && !alts.isEmpty() && own != null && own.ndoc() > 0 && own.ndoc() < df;
			concepts.add(new Concept(word.token(), alts.stream().map(Alternative::text).toList(), query,
					filler ? Math.min(idf, FILLER_MAX_IDF) : idf, broad, filler, siteWords, !filler && df <= 1,
					ownRarer ? quote(word.lexeme()) : null, ownRarer ? Math.log((total + 1.0) / (own.ndoc() + 0.5)) : 0,
					ownRarer && own.ndoc() == 1));
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Query '" + text + "': " + concepts + " corrections " + corrections);
		}
		return new QueryAnalysis(text, List.copyOf(concepts), combine(phrases, "phraseto_tsquery", " && "),
				combine(excluded, "plainto_tsquery", " || "), corrections, unknown * Math.log((total + 1.0) / 0.5),
				List.copyOf(unknownWords));
	}

	/**
	 * Whether a word ending in "ly" is an adverb ("really", "suddenly", "constantly"),
	 * the filler of how something is said: any such word outside the vocabulary, and one
	 * in it made from another word it has ("badly", "happily", "probably", "basically"),
	 * not "belly" or "family".
	 */
	static boolean adverb(String token, Map<String, ?> vocabulary) {
		if (!token.endsWith("ly")) {
			return false;
		}
		if (!vocabulary.containsKey(token)) {
			return true;
		}
		String base = token.substring(0, token.length() - 2);
		return vocabulary.containsKey(base)
				|| (base.endsWith("i") && vocabulary.containsKey(base.substring(0, base.length() - 1) + "y"))
				|| ((token.endsWith("ably") || token.endsWith("ibly"))
						&& vocabulary.containsKey(token.substring(0, token.length() - 1) + "e"))
				|| (token.endsWith("ally") && vocabulary.containsKey(token.substring(0, token.length() - 4)));
	}

	/**
	 * The query's words with their lexemes, without stop words, people words or repeats,
	 * as PostgreSQL's parser and dictionaries see them. Every lexeme of the text,
	 * hyphenated wholes and people words included, goes into {@code lexemes}. The parser
	 * never joins text across spaces, so each space-separated part is parsed once and
	 * remembered: a query of words seen before needs no statement at all.
	 */
	private List<Word> words(String text, Set<String> lexemes) {
		List<String> parts = new ArrayList<>();
		for (String part : text.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		Map<String, List<Token>> parsed = new HashMap<>(this.parsed.getAllPresent(parts));
		List<String> missing = parts.stream().filter((part) -> !parsed.containsKey(part)).distinct().toList();
		if (!missing.isEmpty()) {
			Map<String, List<Token>> fresh = parse(missing);
			this.parsed.putAll(fresh);
			parsed.putAll(fresh);
		}
		List<Word> words = new ArrayList<>();
		for (String part : parts) {
			for (Token token : parsed.get(part)) {
				lexemes.addAll(token.lexemes());
				if (WORD_TYPES.contains(token.alias())) {
					words.add(new Word(token.token(), token.lexemes().get(0)));
				}
			}
		}
		Set<String> seen = new LinkedHashSet<>();
		return words.stream().filter((w) -> !NOISE.contains(w.token())).filter((w) -> seen.add(w.lexeme())).toList();
	}

	/** Parses parts of a query with {@code ts_debug}, in one statement. */
	private Map<String, List<Token>> parse(List<String> parts) {
		Map<String, List<Token>> parsed = new HashMap<>();
		parts.forEach((part) -> parsed.put(part, new ArrayList<>()));
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select p.part, d.alias, d.token, d.lexemes from unnest(?) as p(part), "
					+ "lateral ts_debug('mg_english', p.part) d where cardinality(d.lexemes) > 0");
			ps.setArray(1, con.createArrayOf("text", parts.toArray()));
			return ps;
		}, (rs) -> {
			parsed.get(rs.getString(1))
				.add(new Token(rs.getString(2), rs.getString(3), List.of((String[]) rs.getArray(4).getArray())));
		});
		return parsed;
	}

	/**
	 * For each lexeme of the query, what else satisfies it: the terms of every expansion
	 * whose phrase the query contains (all of the phrase's lexemes, in any order), and a
	 * compound made of it and its neighbour when the vocabulary has that word.
	 */
	private static Map<String, Set<Alternative>> alternatives(Dictionary dictionary, Set<String> lexemes,
			List<Word> words, String plainQuery) {
		Map<String, Set<Alternative>> alternatives = new LinkedHashMap<>();
		Set<String> wordLexemes = new LinkedHashSet<>();
		words.forEach((w) -> wordLexemes.add(w.lexeme()));
		for (String lexeme : lexemes) {
			for (Expansion expansion : dictionary.expansions().getOrDefault(lexeme, List.of())) {
				if (expansion.matches(lexemes, plainQuery)) {
					for (String phraseLexeme : expansion.phrase()) {
						if (wordLexemes.contains(phraseLexeme)) {
							alternatives.computeIfAbsent(phraseLexeme, (k) -> new LinkedHashSet<>())
								.add(expansion.term());
						}
					}
				}
			}
		}
		for (Word word : words) {
			if (!alternatives.containsKey(word.lexeme())) {
				Alternative telling = tellingWord(dictionary, word);
				if (telling != null) {
					alternatives.computeIfAbsent(word.lexeme(), (k) -> new LinkedHashSet<>()).add(telling);
				}
			}
		}
		for (int i = 0; i + 1 < words.size(); i++) {
			Alternative compound = dictionary.vocabulary().get(words.get(i).token() + words.get(i + 1).token());
			if (compound != null) {
				alternatives.computeIfAbsent(words.get(i).lexeme(), (k) -> new LinkedHashSet<>()).add(compound);
				alternatives.computeIfAbsent(words.get(i + 1).lexeme(), (k) -> new LinkedHashSet<>()).add(compound);
			}
		}
		return alternatives;
	}

	/**
	 * The concept a word tells on its own: a word no article uses that appears only in
	 * the lay phrases of one synonym group ("tumble" of "took a tumble", "puffed" of
	 * "puffed out"), so that another wording around it ("keep taking tumbles") still
	 * finds the group's term. A word the articles use, or one shared by the phrases of
	 * several groups, tells nothing alone.
	 */
	private static Alternative tellingWord(Dictionary dictionary, Word word) {
		if (word.token().length() < MIN_UNKNOWN_LENGTH || FILLER.contains(word.token())) {
			return null;
		}
		Term used = dictionary.terms().get(word.lexeme());
		if (used != null && used.ndoc() > 0) {
			return null;
		}
		Alternative only = null;
		for (Expansion expansion : dictionary.expansions().getOrDefault(word.lexeme(), List.of())) {
			if (only != null && !only.equals(expansion.term())) {
				return null;
			}
			only = expansion.term();
		}
		return only;
	}

	/**
	 * A word's tsquery: the word or any of its alternatives (what OR-ing their
	 * {@code plainto_tsquery} gives, built from the forms kept in memory).
	 */
	private static String query(Word word, Set<Alternative> alternatives) {
		Set<String> parts = new LinkedHashSet<>();
		parts.add(quote(word.lexeme()));
		for (Alternative alternative : alternatives) {
			if (!alternative.query().isEmpty()) {
				parts.add(alternative.query().contains("|") ? "( " + alternative.query() + " )" : alternative.query());
			}
		}
		return String.join(" | ", parts);
	}

	/**
	 * A word outside the index written as one that the articles write as two ("eyeshadow"
	 * is "eye shadow", "bedsore" is "bed sore"): both parts used by articles, each at
	 * least {@value #SPLIT_PART} letters, the longest first part first; or null.
	 */
	private static Alternative split(Dictionary dictionary, String token) {
		for (int at = token.length() - SPLIT_PART; at >= SPLIT_PART; at--) {
			String first = Snippets.lexeme(token.substring(0, at));
			String second = Snippets.lexeme(token.substring(at));
			Term a = dictionary.terms().get(first);
			Term b = dictionary.terms().get(second);
			if (a != null && b != null && a.ndoc() > 0 && b.ndoc() > 0) {
				return new Alternative(token.substring(0, at) + " " + token.substring(at),
						quote(first) + " & " + quote(second));
			}
		}
		return null;
	}

	/** Whether articles use every word of an alternative in their own text. */
	private static boolean usedInOwnText(Dictionary dictionary, Alternative alternative) {
		Matcher lexeme = LEXEME.matcher(alternative.query());
		boolean any = false;
		while (lexeme.find()) {
			if (dictionary.ownUse(lexeme.group(1).replace("''", "'")) == 0) {
				return false;
			}
			any = true;
		}
		return any;
	}

	/**
	 * What an editor could add as a synonym from a failed search: the whole query when it
	 * is a short phrase (two or three words that say something), then its single words
	 * that no article uses, never a sentence. Stop words, filler and people words are
	 * left out.
	 */
	List<String> synonymCandidates(String query) {
		List<String> telling = words(query, new java.util.HashSet<>()).stream()
			.filter((w) -> !FILLER.contains(w.token()) && w.token().length() >= 3)
			.map(Word::token)
			.toList();
		List<String> candidates = new ArrayList<>();
		if (telling.size() >= 2 && telling.size() <= 3) {
			candidates.add(String.join(" ", telling));
		}
		words(query, new java.util.HashSet<>()).stream()
			.filter((w) -> telling.contains(w.token()) && !usedInArticles(w.lexeme()))
			.map(Word::token)
			.forEach(candidates::add);
		return candidates.stream().distinct().limit(MAX_CANDIDATES).toList();
	}

	/** Synonym candidates offered for one failed search. */
	static final int MAX_CANDIDATES = 4;

	/** Whether any public article uses a lexeme (in any of its search vectors). */
	boolean usedInArticles(String lexeme) {
		Term term = dictionary().terms().get(lexeme);
		return term != null && term.ndoc() > 0;
	}

	/** A lexeme as tsquery text. */
	static String quote(String lexeme) {
		return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
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
	 * (aliases may hold misspellings, which are never suggested), remembered per index
	 * version: the same misspellings come again and again.
	 */
	private Optional<String> correction(long version, String word) {
		if (word.length() < 4) {
			return Optional.empty();
		}
		return this.corrections
			.get(new CorrectionKey(version, word),
					(k) -> this.jdbc.query("select v.word from search_vocabulary v join search_term t "
							+ "on t.lexeme = (tsvector_to_array(to_tsvector('mg_english', v.word)))[1] "
							+ "where v.word % ? and v.word <> ? and similarity(v.word, ?) >= ? and t.own_ndoc > 0 "
							+ "order by similarity(v.word, ?) desc, v.word limit 1", (rs, i) -> rs.getString(1), word,
							word, word, MIN_SIMILARITY, word)
						.stream()
						.findFirst());
	}

	/**
	 * How many articles a concept query can match, estimated from lexeme counts: the most
	 * frequent alternative, where an alternative of several words counts its rarest word.
	 */
	static int documentFrequency(String query, Map<String, Term> terms) {
		int best = 0;
		for (String alternative : query.split("\\|")) {
			int rarest = Integer.MAX_VALUE;
			Matcher lexeme = LEXEME.matcher(alternative);
			while (lexeme.find()) {
				Term term = terms.get(lexeme.group(1).replace("''", "'"));
				rarest = Math.min(rarest, (term != null) ? term.ndoc() : 0);
			}
			if (rarest != Integer.MAX_VALUE) {
				best = Math.max(best, rarest);
			}
		}
		return best;
	}

	/**
	 * What a query's analysis reads from the index, loaded once per index version: the
	 * lexeme statistics, the expansions by the lexemes of their phrases, and the
	 * vocabulary with each word's tsquery.
	 */
	private Dictionary dictionary() {
		Dictionary cached = this.dictionary;
		if (cached.version() < 0) {
			synchronized (this) {
				cached = this.dictionary;
				if (cached.version() < 0) {
					cached = loadDictionary(Math.max(0, this.index.version()));
					this.dictionary = cached;
				}
			}
		}
		return cached;
	}

	private Dictionary loadDictionary(long version) {
		Map<String, Term> terms = new HashMap<>();
		this.jdbc.query("select lexeme, ndoc, own_ndoc from search_term",
				(RowCallbackHandler) (rs) -> terms.put(rs.getString(1), new Term(rs.getInt(2), rs.getInt(3))));
		Map<String, List<Expansion>> expansions = new HashMap<>();
		this.jdbc.query(
				"select tsvector_to_array(to_tsvector('mg_english', phrase)), term, "
						+ "plainto_tsquery('mg_english', term)::text, phrase from search_expansion order by id",
				(rs) -> {
					List<String> phrase = List.of((String[]) rs.getArray(1).getArray());
					// As a query is cleaned: apostrophes dropped ("can't" is "cant").
					String words = PlainWords.of(rs.getString(4).replace("'", "").replace("\u2019", ""));
					Set<String> particles = new LinkedHashSet<>(List.of(words.split(" ")));
					particles.retainAll(PARTICLES);
					Expansion expansion = new Expansion(phrase, new Alternative(rs.getString(2), rs.getString(3)),
							Set.copyOf(particles));
					phrase.forEach(
							(lexeme) -> expansions.computeIfAbsent(lexeme, (k) -> new ArrayList<>()).add(expansion));
				});
		Map<String, Alternative> vocabulary = new HashMap<>();
		this.jdbc.query("select word, plainto_tsquery('mg_english', word)::text from search_vocabulary",
				(RowCallbackHandler) (rs) -> vocabulary.put(rs.getString(1),
						new Alternative(rs.getString(1), rs.getString(2))));
		return new Dictionary(version, terms, expansions, vocabulary);
	}

	/**
	 * The index changed: what was read from it is read again when next needed.
	 */
	@EventListener
	void indexChanged(IndexChange change) {
		this.publicCount = new PublicCount(-1, null, 0);
		this.dictionary = new Dictionary(-1, Map.of(), Map.of(), Map.of());
		this.corrections.invalidateAll();
	}

	private record CorrectionKey(long version, String word) {
	}

	/**
	 * Stop words (the index keeps none) that change what a phrase means: "feeling down",
	 * "out of breath", "cannot keep food down", "being sick" (vomiting, where "feeling
	 * sick" is nausea). Others ("in", "the", "my") do not.
	 */
	static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "over", "under", "no", "not", "nor",
			"again", "against", "too", "very", "more", "most", "few", "only", "once", "above", "below", "before",
			"after", "being");

	/** The shortest part of a word split in two. */
	private static final int SPLIT_PART = 3;

	/** A token of a query part: its type, text and lexemes. */
	private record Token(String alias, String token, List<String> lexemes) {
	}

	/** How many published articles use a lexeme anywhere, and in their own text. */
	record Term(int ndoc, int own) {
	}

	/** Something that satisfies a query word, and its tsquery text. */
	record Alternative(String text, String query) {
	}

	/**
	 * What a phrase's lexemes (all of them, in any order) add to a query.
	 *
	 * @param particles the phrase's {@link #PARTICLES}, which the index does not keep but
	 * which carry its meaning: the query must hold them too ("feeling down" is low mood,
	 * "i feel better" is not; "runs in families" is "does it run in the family")
	 */
	private record Expansion(List<String> phrase, Alternative term, Set<String> particles) {

		boolean matches(Set<String> lexemes, String plainQuery) {
			return lexemes.containsAll(this.phrase)
					&& this.particles.stream().allMatch((word) -> plainQuery.contains(" " + word + " "));
		}

	}

	private record Dictionary(long version, Map<String, Term> terms, Map<String, List<Expansion>> expansions,
			Map<String, Alternative> vocabulary) {

		int ownUse(String lexeme) {
			Term term = this.terms.get(lexeme);
			return (term != null) ? term.own() : 0;
		}

	}

	private int count(String sql, Object... args) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
		return (count != null) ? count : 0;
	}

	/** A word of the query and its lexeme. */
	record Word(String token, String lexeme) {
	}

}
