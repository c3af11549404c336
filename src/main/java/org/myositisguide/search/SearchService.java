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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.meaning.Embedder;
import org.myositisguide.meaning.PassageMatch;
import org.myositisguide.meaning.PassageVectors;

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

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(SearchService.class);

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}\uFFFD]");

	private static final int SUGGESTIONS = 8;

	/** Lexical candidates fused with those found by meaning. */
	private static final int LEXICAL_CANDIDATES = 60;

	/** Passages nearest in meaning considered (several may be of one article). */
	private static final int PASSAGES = 50;

	/** Results listed at most, over all pages. */
	static final int MAX_RESULTS = 100;

	/** The everyday words as the index stems them, never highlighted. */
	private static final Set<String> FILLER_LEXEMES = QueryAnalyzer.FILLER.stream()
		.map(Snippets::lexeme)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** A named type's main article is listed at least this high. */
	private static final int TYPE_ARTICLE_BY = 3;

	/** A passage at least this close in meaning may be a "Best answer". */
	static final double BEST_ANSWER = 0.62;

	/** ... or this close, when it holds an urgent sign's card. */
	static final double BEST_ANSWER_WITH_CARD = 0.5;

	/**
	 * Another level's card this close to the best answer's is shown with it (measured on
	 * the public sets and two kept aside: gaps to the next level's card fall either under
	 * 0.06, where the query's words fit both, or above 0.07).
	 */
	static final double NEAR_CARD = 0.06;

	/**
	 * The card of a sign a query names is shown when its passage is this close to the
	 * nearest passage in meaning.
	 */
	static final double NAMED_CARD = 0.15;

	/**
	 * A card that is the nearest passage by this much over the next is the best answer
	 * (when none is) ...
	 */
	static final double CARD_LEAD = 0.07;

	/** ... if it is at least this near. */
	static final double CARD_LEAD_FLOOR = 0.25;

	/**
	 * A card this near, the nearest passage, counts for the relevance floor as a sign the
	 * query names (see {@link #nearestCardCounts}).
	 */
	static final double CARD_FOR_THE_FLOOR = 0.4;

	/**
	 * A call-999 card that is the nearest passage, this near, is described by the query
	 * whatever its words; less near, the query's words must fit the card too.
	 */
	static final double EMERGENCY_BY_MEANING = 0.55;

	/**
	 * A query's subject counts among a card's words only when rarer than this (its idf):
	 * words in most articles ("steroids", "tablets", "muscles") tell no sign.
	 */
	static final double CARD_SUBJECT_IDF = 0.45;

	private final QueryAnalyzer analyzer;

	private final SearchRepository repository;

	private final SiteProperties.Search settings;

	private final Clock clock;

	private final IndexState index;

	private volatile GlossaryCache glossary = new GlossaryCache(-1, List.of());

	/** The urgent-help guide's cards, for best answers; null until read. */
	private volatile GuideCache guide;

	/** The articles written for children; null until read. */
	private volatile ForChildren forChildren;

	private final Cache<String, SearchResults> results;

	private final SearchStats stats;

	private final Semaphore turns;

	private final HeadQueries heads;

	private final Embedder meaning;

	private final PassageVectors vectors;

	private final OffTopic offTopic;

	private final UrgentPhrases urgent;

	private final SubjectNames subject;

	public SearchService(QueryAnalyzer analyzer, SearchRepository repository, SiteProperties properties, Clock clock,
			IndexState index, SearchStats stats, HeadQueries heads, Embedder meaning, PassageVectors vectors,
			OffTopic offTopic, UrgentPhrases urgent, SubjectNames subject) {
		this.subject = subject;
		this.offTopic = offTopic;
		this.urgent = urgent;
		this.stats = stats;
		this.heads = heads;
		this.meaning = meaning;
		this.vectors = vectors;
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
	/**
	 * Words and short phrases of a failed search that an editor could add as synonyms
	 * (never the whole sentence).
	 */
	public List<String> synonymCandidates(String query) {
		return this.analyzer.synonymCandidates(query);
	}

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
			this.stats.record(query, results.total(), results.searchedFor() != null);
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
		Found found = find(query, today);
		int size = this.settings.pageSize();
		int totalPages = (found.ranked().size() + size - 1) / size;
		List<Fusion.Fused> page = found.ranked()
			.subList(Math.min(found.ranked().size(), (safePage - 1) * size),
					Math.min(found.ranked().size(), safePage * size));
		List<Long> ids = page.stream().map(Fusion.Fused::articleId).toList();
		Map<Long, SearchRepository.Row> rows = this.repository.articles(ids, today);
		Map<Long, List<SearchRepository.StoredPassage>> passages = this.repository.passages(ids);
		Set<String> lexemes = highlightWords(found.analysis());
		List<SearchHit> hits = new ArrayList<>();
		java.util.function.Predicate<List<String>> fits = fits(found);
		BestAnswer best = null;
		List<String> bestSigns = List.of();
		for (Fusion.Fused fused : page) {
			SearchRepository.Row row = rows.get(fused.articleId());
			if (row == null) {
				continue;
			}
			SearchRepository.StoredPassage passage = answering(fused,
					passages.getOrDefault(fused.articleId(), List.of()), lexemes);
			String url = SiteUrls.article(row.slug())
					+ ((passage != null && passage.anchor() != null) ? "#" + passage.anchor() : "");
			String section = (passage != null) ? passage.heading() : null;
			String snippet = (passage != null) ? Snippets.forPassage(passage.body(), lexemes) : "";
			hits.add(new SearchHit(row.slug(), row.title(), url, section, snippet, row.tags(), row.published()));
			// The best answer is the first result's passage, or the urgent-help guide's
			// card when a topical article was listed before it.
			if (safePage == 1 && best == null && fused.equals(found.answer()) && passage != null
					&& isClearAnswer(fused, passage, callsNow(passage.signs(), today), fits)) {
				bestSigns = answerSigns(fused.articleId(), passage, found.passages(),
						passages.getOrDefault(fused.articleId(), List.of()), fits);
				best = new BestAnswer(row.title(), url, section, snippet,
						this.repository.careCards(row.slug(), bestSigns));
			}
		}
		if (safePage == 1 && !hits.isEmpty() && (!found.named().isEmpty()
				|| (best == null && (leadsClearly(found.passages()) || found.described() != null)))) {
			best = withCard(best, bestSigns, found, lexemes, today);
		}
		HeadQueries.Head head = found.head();
		// A query about another condition gets no definition: a term of the guide's in
		// its
		// name ("steroids" in "anabolic steroids") is not the guide's term.
		GlossaryHit glossary = (head != null && head.glossarySlug() != null) ? glossaryBySlug(head.glossarySlug())
				: (found.otherCondition() != null) ? null : glossary(found.text()).orElse(null);
		TopicHit topic = (head != null && head.topicSlug() != null) ? new TopicHit(head.topicName(), head.topicUrl())
				: null;
		return new SearchResults(query, found.ranked().size(), safePage, totalPages, hits, found.searchedFor(),
				glossary, topic, best, found.meaning(), found.otherCondition());
	}

	/**
	 * The best answer, with the card of an urgent sign the query names in its words
	 * ({@link UrgentPhrases#signs}) when that card is among the passages nearest the
	 * query (within {@link #NAMED_CARD} of the nearest): "nan is drowsy and muddled and
	 * keeps being sick and shes on pred" names a possible adrenal crisis, yet its nearest
	 * card is about mood on steroids, and no card was near enough to stand above the
	 * list. A named sign whose card is far in meaning is not the question ("weak arms"
	 * has the words of a stroke's "arm weakness"), so it adds nothing. Without a best
	 * answer, a card that is the nearest passage by a clear lead is the answer, however
	 * short the question and so low its similarity ({@link #leadsClearly}: "i want to
	 * kill myself" is nearest the card about thoughts of ending your life, 0.37, and the
	 * next passage 0.23), and so is a card the query describes ({@link #describedCard}:
	 * "cant catch my breath at all even sitting still" is nearest the severe breathing
	 * card, 0.61, while the lung article that shows it is listed first; "mums face gone
	 * lopsided and her words are coming out jumbled" the stroke card, 0.38, with its face
	 * and words), if the first result is the guide or shows that card. The card is the
	 * urgent-help guide's; with no best answer, its passage becomes the best answer,
	 * showing as well the cards of another level nearly as near ({@link #answerSigns}).
	 * Cards are in the guide's order, most urgent first.
	 */
	private BestAnswer withCard(BestAnswer best, List<String> bestSigns, Found found, Set<String> lexemes,
			LocalDate today) {
		GuideCache cached = guide(today);
		Long guideId = cached.id();
		if (guideId == null || found.passages().isEmpty()) {
			return best;
		}
		List<SearchRepository.StoredPassage> guide = cached.passages();
		SearchRepository.StoredPassage card = namedCard(guideId, guide, found.passages(), found.named());
		if (card == null && !found.named().isEmpty()) {
			card = specificEmergency(guide, found, today);
		}
		if (card == null && best == null) {
			// The nearest card when it leads clearly, else only one the query describes
			// ("feeling sick on prednisolone" is nearest the card about mood on
			// steroids).
			card = (found.described() != null) ? found.described()
					: leadsClearly(found.passages()) ? cardAt(guide, guideId, found.passages().get(0)) : null;
			long first = found.ranked().get(0).articleId();
			if (card != null && first != guideId
					&& !(card == found.described() && callsNow(card.signs(), today) && !wordsAllIn(first, found))
					&& !this.repository.careSigns(List.of(first))
						.getOrDefault(first, List.of())
						.containsAll(card.signs())) {
				// The list's first article, which does not show this card, is the answer:
				// "cracked rough fingertips and painful swollen joints" is antisynthetase
				// syndrome (every word of it), though nearest the card about injuries
				// after a fall, with two of its words. A call-999 card the query
				// describes stands when the first article does not have all its words:
				// "suddenly cant feel my right arm or leg and the words are coming out
				// wrong" describes the stroke card (arm, words), though an article about
				// conditions like myositis is listed first.
				card = null;
			}
		}
		if (card == null || bestSigns.containsAll(card.signs())) {
			return best;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Search '" + found.text() + "': the best answer shows the card of " + card.signs()
					+ ((best != null) ? " beside " + bestSigns : ""));
		}
		if (best != null) {
			Set<String> signs = new java.util.LinkedHashSet<>(bestSigns);
			signs.addAll(card.signs());
			return new BestAnswer(best.title(), best.url(), best.section(), best.text(),
					this.repository.careCards(SiteUrls.URGENT_HELP_SLUG, List.copyOf(signs)));
		}
		SearchRepository.Row row = this.repository.articles(List.of(guideId), today).get(guideId);
		if (row == null) {
			return null;
		}
		String url = SiteUrls.article(row.slug()) + ((card.anchor() != null) ? "#" + card.anchor() : "");
		return new BestAnswer(row.title(), url, card.heading(), Snippets.forPassage(card.body(), lexemes),
				this.repository.careCards(row.slug(),
						answerSigns(guideId, card, found.passages(), guide, fits(found))));
	}

	/**
	 * The guide's card of a call-999 sign the query names in words rare in the articles
	 * ({@link UrgentPhrases#specificSigns}), however far its card is in meaning: "my
	 * teenage son with myositis just told me he wants to kill himself" is nearest the
	 * passages about young people with JDM, and the crisis card is not among the fifty
	 * nearest. Null when there is none.
	 */
	private SearchRepository.StoredPassage specificEmergency(List<SearchRepository.StoredPassage> guide, Found found,
			LocalDate today) {
		List<String> specific = this.urgent.specificSigns(found.analysis(), today);
		return guide.stream()
			.filter((p) -> !java.util.Collections.disjoint(p.signs(), specific) && callsNow(p.signs(), today))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the nearest passage leads the next by {@link #CARD_LEAD} and is at least
	 * {@link #CARD_LEAD_FLOOR} near: clearly the question's subject, though the question
	 * is too short or too plain for a high similarity.
	 */
	static boolean leadsClearly(List<PassageMatch> nearest) {
		return nearest.size() >= 2 && nearest.get(0).score() >= CARD_LEAD_FLOOR
				&& nearest.get(0).score() - nearest.get(1).score() >= CARD_LEAD;
	}

	/**
	 * Whether the nearest passage is one of the guide's call-999 cards, at least
	 * {@link #CARD_LEAD_FLOOR} near: a description of an emergency, however plainly or
	 * briefly written.
	 */
	private boolean emergencyFirst(List<PassageMatch> nearest, LocalDate today) {
		return nearestCard(nearest, today) != null && guide(today).emergency().contains(nearest.get(0).position());
	}

	/**
	 * The guide's card the query describes, when the nearest passage is one of the
	 * guide's cards, at least {@link #CARD_LEAD_FLOOR} near: that card, or else, when the
	 * query has at least one of its words, of the guide's other cards within
	 * {@link #NEAR_CARD} of it, the call-999 cards first, then the others, each nearest
	 * first, the first that the query describes. The nearest card is described when it is
	 * a call-999 card near enough in meaning alone ({@link #EMERGENCY_BY_MEANING}); any
	 * of them with one of the query's subjects in its sign's own words, for a call-999
	 * card, or two for another; or when the query names its sign. A sign's own words are
	 * its title and the signs it lists, not whom it is for or what else to do (the mood
	 * card says "being sick" only where it points to the adrenal crisis card). Meaning
	 * alone, this far, follows the shape of a sentence: "mums eyelids have gone a purply
	 * colour and shes struggling with the stairs" is nearest the stroke card, 0.32, with
	 * none of its words, and "is it the steroid tablets making her so tired" the adrenal
	 * crisis card, 0.52; while "lips have gone a bluey grey colour and hes panting"
	 * (0.25) has the severe breathing card's lips and colour, and "voice sounds like
	 * gargling after drinks" (0.48) the swallowing card's voice and drinks. A card nearly
	 * as near is not passed over because the nearest does not fit the words: "cant catch
	 * my breath even sitting still" is nearest the card about breathing at night (0.596,
	 * one subject, breath, where a card that does not call 999 needs two), and the severe
	 * breathing card (0.594, with the same word) is the one it describes.
	 */
	private SearchRepository.StoredPassage describedCard(List<PassageMatch> nearest, QueryAnalysis analysis,
			List<String> named, LocalDate today) {
		if (nearestCard(nearest, today) == null) {
			return null;
		}
		GuideCache guide = guide(today);
		PassageMatch first = nearest.get(0);
		List<PassageMatch> near = nearest.stream()
			.filter((p) -> p.score() >= first.score() - NEAR_CARD && cardAt(guide.passages(), guide.id(), p) != null)
			.sorted(Comparator.comparing((PassageMatch p) -> p != first)
				.thenComparing((PassageMatch p) -> !guide.emergency().contains(p.position())))
			.toList();
		for (PassageMatch match : near) {
			SearchRepository.StoredPassage card = cardAt(guide.passages(), guide.id(), match);
			boolean emergency = guide.emergency().contains(match.position());
			if (match == first && emergency && first.score() >= EMERGENCY_BY_MEANING) {
				return card;
			}
			List<Concept> inCard = subjectsIn(card.signs(), analysis);
			if (logger.isDebugEnabled()) {
				logger.debug(String.format(Locale.ROOT,
						"Search '%s': near the card of %s (%.3f), subjects in its words %s", analysis.text(),
						card.signs(), match.score(),
						inCard.stream().map((c) -> c.word() + String.format(Locale.ROOT, "/%.2f", c.idf())).toList()));
			}
			if (inCard.size() >= (emergency ? 1 : 2) || !java.util.Collections.disjoint(card.signs(), named)) {
				return card;
			}
			if (match == first && inCard.isEmpty()) {
				// None of its words: the question is about something else ("feeling
				// sick on prednisolone" is nearest the mood card, and nausea is not the
				// adrenal crisis card's vomiting).
				return null;
			}
		}
		return null;
	}

	/**
	 * Whether the nearest passage is one of the guide's cards, at least
	 * {@link #CARD_FOR_THE_FLOOR} near, nearer than anything the guide does not cover or
	 * with one of the query's subjects in its sign's own words: the relevance floor then
	 * counts the query as matched by its words, as one naming the sign, so only a meaning
	 * clearly elsewhere turns it away. "big bruises popping up on my arms out of nowhere
	 * on azathioprine" is nearest the card about a blood count warning (0.48, with its
	 * bruising), though most of its words match nothing; "dinners taking me ages to get
	 * through and my trousers are getting loose" the card about slower eating (0.44),
	 * with none of its words but nearer than anything else. "is my local pharmacy open on
	 * bank holiday monday", nearest the card about a pregnancy test (0.36) with none of
	 * its words, is as near to a subject the guide does not cover, and "how to bleed a
	 * radiator" is nearest the blood count card, by its "bleed", at only 0.28.
	 */
	private boolean nearestCardCounts(List<PassageMatch> nearest, QueryAnalysis analysis, boolean nearerThanElsewhere,
			LocalDate today) {
		SearchRepository.StoredPassage card = nearestCard(nearest, today);
		return card != null && nearest.get(0).score() >= CARD_FOR_THE_FLOOR
				&& (nearerThanElsewhere || !subjectsIn(card.signs(), analysis).isEmpty());
	}

	/**
	 * The guide's card that is the nearest passage, at least {@link #CARD_LEAD_FLOOR}
	 * near, or null.
	 */
	private SearchRepository.StoredPassage nearestCard(List<PassageMatch> nearest, LocalDate today) {
		if (nearest.isEmpty() || nearest.get(0).score() < CARD_LEAD_FLOOR) {
			return null;
		}
		GuideCache guide = guide(today);
		return (guide.id() != null) ? cardAt(guide.passages(), guide.id(), nearest.get(0)) : null;
	}

	/** Whether an article's words are all the query's (as the relevance floor counts). */
	private static boolean wordsAllIn(long articleId, Found found) {
		return found.lexical()
			.stream()
			.anyMatch((l) -> l.id() == articleId && found.analysis().coverageOfAll(l.coverage()) >= 0.999);
	}

	/** Whether some signs include one whose card says to call 999 now. */
	private boolean callsNow(List<String> signs, LocalDate today) {
		return !java.util.Collections.disjoint(guide(today).emergencySigns(), signs);
	}

	/**
	 * Whether a query's words fit some signs: one of its subjects is in their own words,
	 * or it names one of them.
	 */
	private java.util.function.Predicate<List<String>> fits(Found found) {
		return (signs) -> !java.util.Collections.disjoint(signs, found.named())
				|| !subjectsIn(signs, found.analysis()).isEmpty();
	}

	/** The query's subjects in some signs' own words ({@link UrgentPhrases#words}). */
	private List<Concept> subjectsIn(List<String> signs, QueryAnalysis analysis) {
		return conceptsIn(this.urgent.words(signs), analysis);
	}

	/**
	 * The query's subjects (concepts that are not filler, nor in most articles: see
	 * {@link #CARD_SUBJECT_IDF}) that a text has, in any of their words or alternatives.
	 */
	private List<Concept> conceptsIn(String text, QueryAnalysis analysis) {
		List<Concept> found = new ArrayList<>();
		for (Concept concept : analysis.concepts()) {
			if (concept.filler() || concept.idf() < CARD_SUBJECT_IDF) {
				continue;
			}
			// The concept's query is alternatives ("|"), each of one or more words ("&"):
			// one alternative's words must all be in the text ("moon face" needs both).
			List<Set<String>> alternatives = new ArrayList<>();
			Set<String> all = new HashSet<>();
			for (String alternative : concept.query().replace("(", " ").replace(")", " ").split("\\|")) {
				Set<String> words = new HashSet<>();
				java.util.regex.Matcher lexeme = QueryAnalyzer.LEXEME.matcher(alternative);
				while (lexeme.find()) {
					String word = lexeme.group(1).replace("''", "'");
					if (!FILLER_LEXEMES.contains(word)) {
						words.add(word);
					}
				}
				if (!words.isEmpty()) {
					alternatives.add(words);
					all.addAll(words);
				}
			}
			Set<String> present = Snippets.matched(text, all);
			if (alternatives.stream().anyMatch(present::containsAll)) {
				found.add(concept);
			}
		}
		return found;
	}

	/** The guide's passage a match is, when it holds a card; else null. */
	private static SearchRepository.StoredPassage cardAt(List<SearchRepository.StoredPassage> guide, long guideId,
			PassageMatch match) {
		if (match.articleId() != guideId) {
			return null;
		}
		return guide.stream()
			.filter((p) -> p.position() == match.position() && !p.signs().isEmpty())
			.findFirst()
			.orElse(null);
	}

	/**
	 * The guide's passage nearest the query that holds the card of a sign it names, among
	 * the passages within {@link #NAMED_CARD} of the nearest, or null.
	 */
	static SearchRepository.StoredPassage namedCard(long guideId, List<SearchRepository.StoredPassage> guide,
			List<PassageMatch> nearest, List<String> named) {
		double top = nearest.get(0).score();
		for (PassageMatch near : nearest) {
			if (near.score() < top - NAMED_CARD) {
				break;
			}
			if (near.articleId() != guideId) {
				continue;
			}
			for (SearchRepository.StoredPassage passage : guide) {
				if (passage.position() == near.position() && !java.util.Collections.disjoint(passage.signs(), named)) {
					return passage;
				}
			}
		}
		return null;
	}

	/**
	 * The urgent signs whose cards a best answer shows: its passage's, and for each other
	 * heading of the same article (in the urgent guide, another level: "call 999 now"
	 * against "get help today"), its nearest card when that is nearly as near. One card
	 * per level: a question about where to go ("a&e or 111 if im short of breath") is
	 * near every card, and the nearest of each level is the one to choose between.
	 * Meaning alone cannot tell "coughs on every drink" from "choking that does not
	 * clear" when the two cards are this close; both cards, most urgent first as the
	 * article lists them, let the reader match the signs, never only the milder one.
	 * @param articleId the answering article
	 * @param passage the answering passage
	 * @param nearest the passages nearest the query, best first
	 * @param articlePassages the answering article's passages
	 * @param described whether the query's words fit a card's signs: another level's card
	 * is added only then ("i keep crying and cant sleep since i started the steroids" is
	 * as near the adrenal crisis card as the mood card, with none of its words)
	 */
	static List<String> answerSigns(long articleId, SearchRepository.StoredPassage passage, List<PassageMatch> nearest,
			List<SearchRepository.StoredPassage> articlePassages,
			java.util.function.Predicate<List<String>> described) {
		PassageMatch own = nearest.stream()
			.filter((p) -> p.articleId() == articleId && p.position() == passage.position())
			.findFirst()
			.orElse(null);
		if (passage.signs().isEmpty() || own == null) {
			return passage.signs();
		}
		Set<String> signs = new java.util.LinkedHashSet<>(passage.signs());
		Set<String> groups = new HashSet<>();
		groups.add(String.valueOf(headingGroup(passage.heading())));
		for (PassageMatch near : nearest) {
			if (near.score() < own.score() - NEAR_CARD) {
				break;
			}
			if (near.articleId() != articleId || near.position() == passage.position()) {
				continue;
			}
			articlePassages.stream()
				.filter((p) -> p.position() == near.position() && !p.signs().isEmpty() && described.test(p.signs())
						&& groups.add(String.valueOf(headingGroup(p.heading()))))
				.forEach((p) -> signs.addAll(p.signs()));
		}
		return List.copyOf(signs);
	}

	/** A passage heading's first part (its section), or null. */
	private static String headingGroup(String heading) {
		return (heading != null) ? heading.split(" › ", 2)[0] : null;
	}

	/**
	 * Whether the first result's passage answers the query clearly: it is that article's
	 * passage nearest the query in meaning, and close; a passage with an urgent sign's
	 * card needs a little less, so that a frightened reader sees the card first: a
	 * call-999 card whatever its words (an emergency's card is never held back), another
	 * card when the query's words fit it too ("cellcept for myositis how long before it
	 * works" is near a passage with the cards of signs getting worse, 0.52, with none of
	 * their words).
	 * @param emergency whether the passage holds a call-999 card
	 */
	private static boolean isClearAnswer(Fusion.Fused first, SearchRepository.StoredPassage passage, boolean emergency,
			java.util.function.Predicate<List<String>> fits) {
		if (first.passage() == null || first.passage().position() != passage.position()) {
			return false;
		}
		double score = first.passage().score();
		return score >= BEST_ANSWER || (score >= BEST_ANSWER_WITH_CARD && !passage.signs().isEmpty()
				&& (emergency || fits.test(passage.signs())));
	}

	/**
	 * The passage a result shows: the one nearest the query in meaning, unless it has
	 * none of the query's words and another passage has some (then the one with the
	 * most): a question in everyday words matches few words, so meaning chooses, while a
	 * name meaning cannot place goes to where it is written. A care card near enough to
	 * be a best answer is shown whatever its words: "cant catch my breath at all even
	 * sitting still" is the card about severe breathing trouble, which says "struggling
	 * to breathe" and "very short of breath even when you are resting".
	 */
	private static SearchRepository.StoredPassage answering(Fusion.Fused fused,
			List<SearchRepository.StoredPassage> passages, Set<String> lexemes) {
		if (passages.isEmpty()) {
			return null;
		}
		SearchRepository.StoredPassage nearest = null;
		SearchRepository.StoredPassage wordiest = passages.get(0);
		int most = -1;
		for (SearchRepository.StoredPassage passage : passages) {
			int count = Snippets.matchCount(passage.body(), lexemes);
			if (count > most) {
				most = count;
				wordiest = passage;
			}
			if (fused.passage() != null && passage.position() == fused.passage().position()) {
				nearest = passage;
			}
		}
		if (nearest != null && (most == 0 || Snippets.matchCount(nearest.body(), lexemes) > 0
				|| (!nearest.signs().isEmpty() && fused.passage().score() >= BEST_ANSWER_WITH_CARD))) {
			return nearest;
		}
		return wordiest;
	}

	/**
	 * Everything a query finds, ranked: corrected where its words are outside the
	 * vocabulary, by words and by meaning, with the named subject's main article first.
	 * Nothing for a query about something else: one that names another condition no
	 * article mentions (unless it also names, outside that name, the guide's condition, a
	 * subject, a glossary term or an urgent sign: "can i take methotrexate with a uti" is
	 * asked by a reader, "anabolic steroids" are not the guide's steroids; the name as
	 * typed, since a correction takes it for a misspelling of the guide's words), one
	 * about an animal ("my collie has dermatomyositis": a vet's question, whatever
	 * condition it names, unless it names an urgent sign), or whose meaning is elsewhere
	 * (the relevance floor).
	 */
	Found find(String query, LocalDate today) {
		QueryAnalysis analysis = this.analyzer.analyze(query, today);
		String searchedFor = null;
		if (!analysis.corrections().isEmpty()) {
			searchedFor = analysis.correctedText();
			analysis = this.analyzer.analyze(searchedFor, today);
		}
		String text = (searchedFor != null) ? searchedFor : query;
		HeadQueries.Head head = this.heads.match(text).orElse(null);
		String withoutName = this.subject.without(text);
		String elsewhere = (head == null) ? this.offTopic.otherCondition(query, today)
			.filter((named) -> !keepsInScope(named, query, text, today))
			.or(() -> this.offTopic.animal(query, today).filter((named) -> !this.urgent.named(named.rest())))
			.map(OffTopic.Named::name)
			.orElse(null) : null;
		List<SearchRepository.Lexical> lexical = (analysis.isEmpty() || elsewhere != null) ? List.of()
				: this.repository.lexical(analysis, this.settings.minCoverage(), today, LEXICAL_CANDIDATES);
		float[] vector = (elsewhere != null) ? null : queryVector(text, withoutName, analysis);
		List<PassageMatch> passages = (vector != null) ? this.vectors.nearest(vector, PASSAGES, today) : List.of();
		if (analysis.must() != null || analysis.exclude() != null) {
			// Quoted phrases and -words are rules about words: meaning re-ranks only what
			// they allow.
			Set<Long> allowed = new HashSet<>();
			lexical.forEach((l) -> allowed.add(l.id()));
			passages = passages.stream().filter((p) -> allowed.contains(p.articleId())).toList();
		}
		boolean meaning = vector != null && !passages.isEmpty();
		List<String> named = meaning ? this.urgent.signs(analysis, today) : List.of();
		if (!named.isEmpty()) {
			logger.debug("Search '" + text + "' names urgent signs " + named);
		}
		SearchRepository.StoredPassage described = describedCard(passages, analysis, named, today);
		List<Fusion.Fused> ranked = new ArrayList<>();
		if (elsewhere != null) {
			logger.debug("Search '" + text + "' names another condition that no article mentions: " + elsewhere);
		}
		else if (!meaning || head != null || !offTopic(text, withoutName != null, vector, passages, lexical, analysis,
				described != null, today)) {
			ranked.addAll(Fusion.fuse(lexical, passages, meaning ? Fusion.lexicalEvidence(analysis.totalIdf()) : 1.0,
					analysis.concepts().stream().anyMatch(Concept::names)));
		}
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT, "Search '%s': words %s; meaning %s; fused %s", text,
					lexical.stream().limit(5).map((l) -> l.id() + "(" + Math.round(l.coverage() * 100) + "%)").toList(),
					passages.stream()
						.limit(5)
						.map((p) -> p.articleId() + ":" + p.position()
								+ String.format(Locale.ROOT, "(%.3f)", p.score()))
						.toList(),
					ranked.stream().limit(5).map(Fusion.Fused::articleId).toList()));
		}
		if (head != null && head.mainArticle() != null) {
			Long main = this.repository.publicArticleId(head.mainArticle(), today);
			if (main != null) {
				Fusion.Fused first = ranked.stream()
					.filter((f) -> f.articleId() == main)
					.findFirst()
					.orElse(new Fusion.Fused(main, 0, null, 0));
				ranked.remove(first);
				ranked.add(0, first);
			}
		}
		else if (!ranked.isEmpty()) {
			ranked = withTypeArticle(text, ranked, today);
			ranked = forAnAdult(text, ranked, today);
		}
		Fusion.Fused answer = (ranked.isEmpty() || head != null) ? null : ranked.get(0);
		if (head == null) {
			ranked = topicalBeforeUrgentGuide(ranked, analysis);
		}
		if (ranked.size() > MAX_RESULTS) {
			ranked = new ArrayList<>(ranked.subList(0, MAX_RESULTS));
		}
		return new Found(text, searchedFor, analysis, head, lexical, passages, List.copyOf(ranked), meaning, elsewhere,
				answer, ranked.isEmpty() ? List.of() : named, described);
	}

	/**
	 * A question about a sign, not about urgency itself, lists the article about it
	 * first. The urgent-help guide holds a card for every sign, each a short passage of
	 * the sign's words, so it is often nearest to a question that describes one ("dry
	 * cough breathless", "my son has jdm, bad stomach pain, black stool"), ahead of the
	 * article that explains it. When it is first by such a card, near enough to stand
	 * above the list as the best answer, and one of the next two articles shows the same
	 * card, that article goes first and the guide second: the reader loses no card. A
	 * card less near may be the wrong sign ("nan is drowsy and muddled and keeps being
	 * sick" is nearest the mood card, not the adrenal crisis one), so the guide, which
	 * lists them all, stays first. A question that asks where to go or whom to call
	 * ("a&e", "999", "urgent care") keeps the guide first.
	 */
	private List<Fusion.Fused> topicalBeforeUrgentGuide(List<Fusion.Fused> ranked, QueryAnalysis analysis) {
		if (ranked.size() < 2 || ranked.get(0).passage() == null
				|| ranked.get(0).passage().score() < BEST_ANSWER_WITH_CARD || asksAboutUrgency(analysis)) {
			return ranked;
		}
		Fusion.Fused first = ranked.get(0);
		List<String> signs = this.repository.passageSigns(first.articleId(), SiteUrls.URGENT_HELP_SLUG,
				first.passage().position());
		if (signs.isEmpty()) {
			return ranked;
		}
		List<Long> next = ranked.subList(1, Math.min(3, ranked.size())).stream().map(Fusion.Fused::articleId).toList();
		Map<Long, List<String>> shown = this.repository.careSigns(next);
		for (int i = 1; i <= next.size(); i++) {
			if (shown.getOrDefault(ranked.get(i).articleId(), List.of()).containsAll(signs)) {
				List<Fusion.Fused> reordered = new ArrayList<>(ranked);
				reordered.add(0, reordered.remove(i));
				return reordered;
			}
		}
		return ranked;
	}

	/** Words that ask where to go or whom to call, rather than what a sign means. */
	private static final Set<String> URGENCY_WORDS = Set.of("emergency", "emergencies", "urgent", "urgently", "999",
			"911", "111", "ambulance");

	private static boolean asksAboutUrgency(QueryAnalysis analysis) {
		return analysis.concepts()
			.stream()
			.anyMatch((c) -> URGENCY_WORDS.contains(c.word()) || c.alternatives().contains("emergency"));
	}

	/**
	 * A query that names one of the condition's types ("does prednisone help ibm", "ivig
	 * for inclusion body myositis") has an article about that type among its first three,
	 * the type's main article if none is there: what a medicine means for the reader's
	 * own type is there. The question's own answer stays first.
	 */
	private List<Fusion.Fused> withTypeArticle(String text, List<Fusion.Fused> ranked, LocalDate today) {
		SubjectNames.Type type = this.subject.namedType(text).orElse(null);
		String main = (type != null) ? this.heads.match(type.name()).map(HeadQueries.Head::mainArticle).orElse(null)
				: null;
		Long id = (main != null) ? this.repository.publicArticleId(main, today) : null;
		if (id == null) {
			return ranked;
		}
		List<Fusion.Fused> reordered = new ArrayList<>(ranked);
		int at = 0;
		while (at < reordered.size() && reordered.get(at).articleId() != id) {
			at++;
		}
		List<Long> first = ranked.subList(0, Math.min(TYPE_ARTICLE_BY, ranked.size()))
			.stream()
			.map(Fusion.Fused::articleId)
			.toList();
		if (at < TYPE_ARTICLE_BY || this.repository.articles(first, today)
			.values()
			.stream()
			.anyMatch((row) -> row.tags().contains(type.topic()))) {
			return ranked;
		}
		Fusion.Fused article = (at < reordered.size()) ? reordered.remove(at) : new Fusion.Fused(id, 0, null, 0);
		reordered.add(Math.min(TYPE_ARTICLE_BY - 1, reordered.size()), article);
		return reordered;
	}

	/** Words for an adult a question is about: "mum cant lift her arms". */
	private static final Set<String> ADULTS = Set.of("mum", "mom", "mam", "mother", "dad", "father", "wife", "husband",
			"partner", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "grandad", "granddad",
			"grandpa", "grandfather", "aunt", "auntie", "uncle");

	/** Words for a child, or a child's form of the condition. */
	private static final Set<String> CHILDREN = Set.of("son", "daughter", "child", "children", "childs", "kid", "kids",
			"boy", "girl", "baby", "toddler", "teen", "teens", "teenager", "teenage", "grandson", "granddaughter",
			"grandchild", "school", "juvenile", "jdm", "pediatric", "paediatric", "pediatrician", "paediatrician");

	/** Title words of an article written for children and their families. */
	private static final Set<String> FOR_CHILDREN = Set.of("children", "child", "kids", "juvenile");

	/**
	 * A question about an adult ("mum cant do her own hair anymore, her arms wont go up")
	 * that says nothing of a child does not list an article written for children (its
	 * title says so: "Juvenile dermatomyositis in children") among its first three: the
	 * signs it describes are the same, but what they mean for an adult is elsewhere.
	 */
	private List<Fusion.Fused> forAnAdult(String text, List<Fusion.Fused> ranked, LocalDate today) {
		List<String> words = List.of(PlainWords.of(text).split(" "));
		if (java.util.Collections.disjoint(words, ADULTS) || !java.util.Collections.disjoint(words, CHILDREN)
				|| ranked.size() <= TYPE_ARTICLE_BY) {
			return ranked;
		}
		Set<Long> childrens = forChildren(today);
		List<Fusion.Fused> forChildren = ranked.subList(0, TYPE_ARTICLE_BY)
			.stream()
			.filter((f) -> childrens.contains(f.articleId()))
			.toList();
		if (forChildren.isEmpty()) {
			return ranked;
		}
		List<Fusion.Fused> reordered = new ArrayList<>(ranked);
		reordered.removeAll(forChildren);
		reordered.addAll(Math.min(TYPE_ARTICLE_BY, reordered.size()), forChildren);
		return reordered;
	}

	/**
	 * The public articles written for children (their titles say so), read once per index
	 * version and day.
	 */
	private Set<Long> forChildren(LocalDate today) {
		ForChildren cached = this.forChildren;
		if (cached == null || !today.equals(cached.day())) {
			Set<Long> ids = new HashSet<>();
			this.repository.publicTitles(today).forEach((id, title) -> {
				if (!java.util.Collections.disjoint(List.of(PlainWords.of(title).split(" ")), FOR_CHILDREN)) {
					ids.add(id);
				}
			});
			cached = new ForChildren(today, Set.copyOf(ids));
			this.forChildren = cached;
		}
		return cached.ids();
	}

	private record ForChildren(LocalDate day, Set<Long> ids) {
	}

	/**
	 * Whether a query naming another condition also names the guide's condition, an
	 * urgent sign or a glossary term, outside that condition's name ("anabolic steroids"
	 * does not name the guide's steroids). A glossary term does not count when the query
	 * asks about treating the other condition: "prednisone for poison ivy" is about
	 * poison ivy, "can i take methotrexate with a uti" is asked by a reader. The query's
	 * other words are read from what was searched for (a corrected query) when the name
	 * is still in it.
	 * @param named the condition as found in the query as typed
	 * @param text what was searched for (the query, or its correction)
	 */
	private boolean keepsInScope(OffTopic.Named named, String query, String text, LocalDate today) {
		String rest = text.equals(query) ? named.rest()
				: this.offTopic.otherCondition(text, today).map(OffTopic.Named::rest).orElse(text);
		return this.subject.without(rest) != null || this.urgent.named(rest)
				|| (!named.treated() && glossary(rest).isPresent());
	}

	/**
	 * The relevance floor's question: is the query about something else? Never when its
	 * words all match and one of them is used by a single article (a name the meaning
	 * model may not know) or it names the guide's condition ("learning to drive when you
	 * have dermatomyositis" is nearer in meaning to learning to drive than to the driving
	 * section), nor when all but its everyday words match and two of them are used by a
	 * single article (a description in the words of one article: one such word alone may
	 * be a coincidence, as "spain" in "cheap flights to spain"). A query naming an urgent
	 * sign, or the guide's condition, counts as wholly matched by its words, so only a
	 * meaning clearly elsewhere makes it off-topic: a frightened reader's unusual words
	 * ("bluish") must not hide the sign's card, and "i have jdm, can i play netball" is
	 * asked by someone the guide is for (while "my collie has dermatomyositis" is still
	 * clearly about a vet).
	 */
	private boolean offTopic(String text, boolean namesCondition, float[] vector, List<PassageMatch> passages,
			List<SearchRepository.Lexical> lexical, QueryAnalysis analysis, boolean describesCard, LocalDate today) {
		double words = lexical.stream().mapToDouble((l) -> analysis.coverageOfAll(l.coverage())).max().orElse(0);
		long distinctive = analysis.concepts().stream().filter(Concept::distinctive).count();
		if ((words >= 0.999 && (distinctive > 0 || namesCondition))
				|| (words >= analysis.coverageOfAllButFiller() - 0.001 && distinctive > 1)) {
			return false;
		}
		if (emergencyFirst(passages, today) || describesCard) {
			// Nearest a call-999 card, or a card it describes: a description of an
			// urgent sign is never turned away.
			logger.debug("Floor for '" + text + "': nearest a call-999 card or one it describes: answered");
			return false;
		}
		double best = passages.get(0).score();
		double elsewhere = this.offTopic.nearest(vector);
		if (namesCondition || this.urgent.named(text)
				|| nearestCardCounts(passages, analysis, best > elsewhere, today)) {
			words = 1;
		}
		boolean off = Fusion.offTopic(best, elsewhere, words);
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT, "Floor for '%s': best passage %.3f, elsewhere %.3f, words %.2f: %s",
					text, best, elsewhere, words, off ? "off-topic" : "answered"));
		}
		return off;
	}

	/**
	 * The query's meaning, or null while the model is not ready. A question that names
	 * the guide's condition and asks about something else ("dry cough, and I have
	 * polymyositis") is read halfway between the question as asked and the question
	 * without the name: every passage of the articles about polymyositis is near the
	 * name, and the answer about the cough is elsewhere. (Measured on the public query
	 * sets and one kept aside, the nearest passage alone found the right article in the
	 * top three for 0.82 to 0.94 of such questions as asked, 0.95 to 1.0 halfway, 0.71 to
	 * 0.91 without the name.)
	 * @param rest the query without the condition's names, or null when it names none
	 */
	private float[] queryVector(String text, String rest, QueryAnalysis analysis) {
		float[] asked = this.meaning.query(meaningText(text, analysis));
		if (asked == null) {
			return null;
		}
		boolean asksMore = analysis.concepts()
			.stream()
			.anyMatch((c) -> !c.filler() && !this.subject.isNameWord(c.word()));
		if (rest == null || !asksMore) {
			return asked;
		}
		float[] without = this.meaning.query(meaningText(rest, analysis, this.subject::isNameWord));
		return (without != null) ? midway(asked, without) : asked;
	}

	/** The unit vector halfway between two unit vectors. */
	static float[] midway(float[] a, float[] b) {
		float[] sum = new float[a.length];
		for (int i = 0; i < a.length; i++) {
			sum[i] = a[i] + b[i];
		}
		return Embedder.unit(sum);
	}

	static String meaningText(String text, QueryAnalysis analysis) {
		return meaningText(text, analysis, (word) -> false);
	}

	/**
	 * What the embedding model reads for a query: the query, and after it the site's own
	 * words for its lay words (from the synonyms and aliases), so that "pred" or
	 * "muddled" are read as the articles say them.
	 * @param leftOut words of the analysis whose site words are not added
	 */
	static String meaningText(String text, QueryAnalysis analysis, java.util.function.Predicate<String> leftOut) {
		Set<String> words = new java.util.LinkedHashSet<>();
		String plain = " " + PlainWords.of(text) + " ";
		for (Concept concept : analysis.concepts()) {
			if (leftOut.test(concept.word())) {
				continue;
			}
			for (String word : concept.siteWords()) {
				if (!plain.contains(" " + PlainWords.of(word) + " ")) {
					words.add(word);
				}
			}
		}
		return words.isEmpty() ? text : text + " (" + String.join(", ", words) + ")";
	}

	/**
	 * What a query found, before the page is made.
	 *
	 * @param text what was searched (the query, or its correction)
	 * @param answer the result whose passage may be the best answer (first before a
	 * topical article was put ahead of the urgent-help guide), or null for a head query
	 * @param named the urgent signs the query names (none when nothing was found)
	 * @param described the guide's card the query describes ({@link #describedCard}), or
	 * null
	 */
	record Found(String text, String searchedFor, QueryAnalysis analysis, HeadQueries.Head head,
			List<SearchRepository.Lexical> lexical, List<PassageMatch> passages, List<Fusion.Fused> ranked,
			boolean meaning, String otherCondition, Fusion.Fused answer, List<String> named,
			SearchRepository.StoredPassage described) {
	}

	/**
	 * Quick suggestions for the search box: topics, titles, glossary terms, their
	 * abbreviations and aliases, and the guide's words for lay words, by word prefix;
	 * punctuation in the typed text is ignored.
	 */
	public List<SearchRepository.Suggestion> suggest(String raw) {
		String text = PlainWords.of(clean(raw));
		if (text.length() < 2) {
			return List.of();
		}
		return this.repository.suggest(text, LocalDate.now(this.clock), SUGGESTIONS);
	}

	/** The lexemes the snippet should show, to find where in an article to look. */
	private Set<String> highlightWords(QueryAnalysis analysis) {
		Set<String> words = new HashSet<>();
		List<String> queries = new ArrayList<>();
		analysis.concepts().stream().filter((c) -> !c.filler()).forEach((c) -> queries.add(c.query()));
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
		// snippet; everyday words inside a lay phrase ("keeps choking") are not the
		// subject.
		words.removeIf((word) -> !this.analyzer.usedInArticles(word) || FILLER_LEXEMES.contains(word));
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

	/**
	 * The urgent-help guide's id, passages and call-999 cards, read once per index
	 * version and day.
	 */
	private GuideCache guide(LocalDate today) {
		GuideCache cached = this.guide;
		if (cached == null || !today.equals(cached.day())) {
			Long id = this.repository.publicArticleId(SiteUrls.URGENT_HELP_SLUG, today);
			List<SearchRepository.StoredPassage> passages = (id != null)
					? this.repository.passages(List.of(id)).getOrDefault(id, List.of()) : List.of();
			// The guide lists its cards most urgent first: its first group calls 999.
			String first = passages.stream()
				.filter((p) -> !p.signs().isEmpty())
				.map((p) -> String.valueOf(headingGroup(p.heading())))
				.findFirst()
				.orElse(null);
			Set<Integer> emergency = passages.stream()
				.filter((p) -> !p.signs().isEmpty() && String.valueOf(headingGroup(p.heading())).equals(first))
				.map(SearchRepository.StoredPassage::position)
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
			Set<String> emergencySigns = passages.stream()
				.filter((p) -> emergency.contains(p.position()))
				.flatMap((p) -> p.signs().stream())
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
			cached = new GuideCache(today, id, passages, emergency, emergencySigns);
			this.guide = cached;
		}
		return cached;
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

	private GlossaryHit glossaryBySlug(String slug) {
		return glossaryEntries().stream()
			.map(GlossaryNames::hit)
			.filter((hit) -> hit.slug().equals(slug))
			.findFirst()
			.orElse(null);
	}

	/** A glossary term and its names as whole words between spaces. */
	private record GlossaryNames(GlossaryHit hit, List<String> names) {
	}

	private record Match(GlossaryHit hit, int length) {
	}

	/**
	 * The index changed: cached results, glossary names and the guide's passages are made
	 * again when next needed.
	 */
	@EventListener
	void indexChanged(IndexChange change) {
		if (this.results != null) {
			this.results.invalidateAll();
		}
		this.glossary = new GlossaryCache(-1, List.of());
		this.guide = null;
		this.forChildren = null;
	}

	private record GlossaryCache(long version, List<GlossaryNames> entries) {
	}

	/**
	 * The urgent-help guide as public on a day: its id (or null), passages, and the
	 * positions and signs of its call-999 cards.
	 */
	private record GuideCache(LocalDate day, Long id, List<SearchRepository.StoredPassage> passages,
			Set<Integer> emergency, Set<String> emergencySigns) {
	}

}
