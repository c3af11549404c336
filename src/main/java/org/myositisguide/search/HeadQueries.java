package org.myositisguide.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.content.SiteUrls;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queries that name a subject and nothing else ("myositis", "what is ibm", "ck",
 * "antisynthetase syndrome"): the reader wants that subject's main page. An article's
 * title or alias names the article itself; a topic's name or alias names the article its
 * file calls {@code main}; a glossary term, its abbreviation or alias names the first
 * article its explanation links to (and shows its definition). Read once per index
 * version.
 */
@Component
class HeadQueries {

	/**
	 * Words that ask what something is, before the name ("what actually is", "tell me
	 * about the"), and the way someone new to it says whose it is ("husband just
	 * diagnosed with", "i have", "my son has got", "been told i might have", "the gp
	 * thinks she has"): a reader who only names the condition they or theirs were told of
	 * wants its overview.
	 */
	private static final Set<String> ASKING = Set.of("what", "whats", "s", "is", "are", "does", "do", "actually",
			"exactly", "really", "simply", "define", "definition", "of", "meaning", "explain", "tell", "me", "about",
			"info", "on", "information", "a", "an", "the", "please", "i", "im", "ive", "my", "our", "been", "was",
			"have", "has", "got", "just", "newly", "recently", "diagnosed", "dx", "told", "with", "husband", "wife",
			"partner", "mum", "mom", "mother", "dad", "father", "son", "daughter", "child", "brother", "sister",
			"friend", "he", "she", "hes", "shes", "we", "they", "am", "might", "may", "maybe", "possibly", "probably",
			"likely", "think", "thinks", "suspect", "suspected", "doctor", "doctors", "gp", "consultant", "says",
			"said");

	/**
	 * ... and after it: "mean", "in plain english", "explained simply", "what even is
	 * it", and what a subject's main page is about ("symptoms and treatment", "causes",
	 * "outlook"): the overview of the subject, not a page about one medicine or test.
	 */
	private static final Set<String> ASKING_AFTER = Set.of("mean", "means", "meaning", "definition", "explained",
			"disease", "condition", "in", "plain", "english", "simple", "terms", "words", "simply", "exactly", "please",
			"actually", "is", "a", "nutshell", "symptoms", "signs", "causes", "cause", "treatment", "treatments",
			"treated", "options", "diagnosis", "diagnosed", "prognosis", "outlook", "types", "and", "overview", "what",
			"whats", "it", "that", "this", "even", "anyway", "thing");

	private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"/articles/([a-z0-9-]+)\"");

	private final JdbcTemplate jdbc;

	private volatile Map<String, Head> names;

	HeadQueries(org.myositisguide.db.ReaderDatabase readers) {
		this.jdbc = readers.jdbc();
	}

	/**
	 * The subject a query names, if it names one and nothing else: the longest name left
	 * when asking words are taken from its start and end.
	 */
	Optional<Head> match(String query) {
		String plain = PlainWords.of(query);
		if (plain.isEmpty()) {
			return Optional.empty();
		}
		String[] words = plain.split(" ");
		int lead = 0;
		while (lead < words.length && ASKING.contains(words[lead])) {
			lead++;
		}
		int tail = words.length;
		while (tail > 0 && ASKING_AFTER.contains(words[tail - 1])) {
			tail--;
		}
		Map<String, Head> names = names();
		Head found = null;
		int longest = 0;
		for (int from = 0; from <= lead; from++) {
			for (int to = Math.max(from + 1, tail); to <= words.length; to++) {
				Head head = names.get(String.join(" ", Arrays.copyOfRange(words, from, to)));
				if (head != null && to - from > longest) {
					found = head;
					longest = to - from;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	private Map<String, Head> names() {
		Map<String, Head> current = this.names;
		if (current == null) {
			current = load();
			this.names = current;
		}
		return current;
	}

	private Map<String, Head> load() {
		Map<String, Head> names = new HashMap<>();
		this.jdbc.query("""
				select g.slug, g.term, g.abbreviation, g.aliases, g.body_html from glossary_term g""", (rs) -> {
			Matcher link = ARTICLE_LINK.matcher(rs.getString(5));
			String main = link.find() ? link.group(1) : null;
			Head head = new Head(null, null, main, rs.getString(1));
			add(names, rs.getString(2), head);
			add(names, rs.getString(3), head);
			for (String alias : (String[]) rs.getArray(4).getArray()) {
				add(names, alias, head);
			}
		});
		// Topics after glossary terms: a topic's own main article wins for a shared name.
		this.jdbc.query("select t.slug, t.name, t.aliases, t.main_article from tag t", (rs) -> {
			for (String name : names(rs.getString(2), (String[]) rs.getArray(3).getArray())) {
				Head glossary = names.get(name);
				String main = (rs.getString(4) != null) ? rs.getString(4)
						: (glossary != null) ? glossary.mainArticle() : null;
				names.put(name, new Head(rs.getString(1), rs.getString(2), main,
						(glossary != null) ? glossary.glossarySlug() : null));
			}
		});
		// Articles last: a query that is an article's title or alias wants that article.
		this.jdbc.query("""
				select a.slug, a.title from article a where a.visible_from is not null
				union all select a.slug, al.alias from article_alias al join article a on a.id = al.article_id
				where a.visible_from is not null""", (rs) -> {
			String name = PlainWords.of(rs.getString(2));
			Head named = names.get(name);
			names.put(name,
					new Head((named != null) ? named.topicSlug() : null, (named != null) ? named.topicName() : null,
							rs.getString(1), (named != null) ? named.glossarySlug() : null));
		});
		return names;
	}

	private static java.util.List<String> names(String name, String[] aliases) {
		java.util.List<String> all = new java.util.ArrayList<>();
		all.add(PlainWords.of(name));
		for (String alias : aliases) {
			all.add(PlainWords.of(alias));
		}
		return all;
	}

	private static void add(Map<String, Head> names, String name, Head head) {
		if (name != null && !PlainWords.of(name).isEmpty()) {
			names.putIfAbsent(PlainWords.of(name), head);
		}
	}

	@EventListener
	void indexChanged(IndexChange change) {
		this.names = null;
	}

	/**
	 * A subject a query names.
	 *
	 * @param topicSlug the topic, or null for a glossary term only
	 * @param topicName the topic's name, or null
	 * @param mainArticle the slug of the article to put first, or null
	 * @param glossarySlug the glossary term, or null
	 */
	record Head(String topicSlug, String topicName, String mainArticle, String glossarySlug) {

		String topicUrl() {
			return (this.topicSlug != null) ? SiteUrls.topic(this.topicSlug) : null;
		}

	}

}
