package org.myositisguide.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Links the first mention of each glossary term in an article body to the term's page,
 * with its definition as the link's title: {@code <a class="term" href="/glossary/slug"
 * title="Term: definition">word</a>}, and the term's own abbreviation also as
 * {@code <abbr title="Term">CK</abbr>} inside the link. Works on the text nodes of the
 * rendered DOM. A mention is the term, its abbreviation or an alias, as a whole word (a
 * plural "s" allowed), in any case; a name written in capitals (CK, SALT) matches only in
 * capitals. Headings, care-card titles, links, code and existing abbr or dfn elements are
 * left alone, and so are terms the body already links to.
 */
public final class GlossaryLinker {

	/** Links nothing. */
	public static final GlossaryLinker NONE = new GlossaryLinker(List.of());

	private static final Set<String> SKIPPED = Set.of("a", "abbr", "dfn", "code", "pre", "kbd", "samp", "h1", "h2",
			"h3", "h4", "h5", "h6");

	/** Every name of every term, by its first word (lower case), longest first. */
	private final Map<String, List<Name>> byFirstWord = new HashMap<>();

	private final String signature;

	public GlossaryLinker(List<GlossarySource> terms) {
		Set<String> seen = new HashSet<>();
		List<String> signature = new ArrayList<>();
		for (GlossarySource term : terms) {
			Entry entry = new Entry(term.slug(), term.term(), term.abbreviation(),
					term.term() + ": " + term.definition());
			signature.add(entry.toString());
			List<String> names = new ArrayList<>(List.of(term.term()));
			if (term.abbreviation() != null) {
				names.add(term.abbreviation());
			}
			names.addAll(term.aliases());
			for (String name : names) {
				String key = key(name);
				if (!key.isEmpty() && seen.add(key)) {
					this.byFirstWord.computeIfAbsent(firstWord(key, 0), (word) -> new ArrayList<>())
						.add(new Name(name.strip(), pattern(name.strip()), entry));
					signature.add(name.strip());
				}
			}
		}
		this.byFirstWord.values()
			.forEach((names) -> names.sort(Comparator.comparingInt((Name name) -> name.text().length()).reversed()));
		this.signature = String.join("|", signature);
	}

	/**
	 * What the links depend on: when it changes, articles must be rendered again.
	 */
	public String signature() {
		return this.signature;
	}

	/** Links the first mention of each term in the body. */
	public void link(Element body) {
		if (this.byFirstWord.isEmpty()) {
			return;
		}
		Set<String> done = new HashSet<>();
		for (Element link : body.select("a[href^=/glossary/]")) {
			done.add(link.attr("href").substring("/glossary/".length()));
		}
		List<TextNode> texts = new ArrayList<>();
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank() && !skipped(text)) {
				texts.add(text);
			}
		}, body);
		for (TextNode text : texts) {
			List<Mention> found = new ArrayList<>();
			for (Mention mention : mentions(text.getWholeText())) {
				if (done.add(mention.entry().slug())) {
					found.add(mention);
				}
			}
			for (int i = found.size() - 1; i >= 0; i--) {
				wrap(text, found.get(i));
			}
		}
	}

	/**
	 * Every mention in a text, in order, without overlaps: at each word start, the
	 * longest name that begins with that word (or with it less a plural "s").
	 */
	private List<Mention> mentions(String text) {
		List<Mention> mentions = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			if (!isWordChar(text, at) || (at > 0 && isWordChar(text, at - 1))) {
				at++;
				continue;
			}
			String token = firstWord(text, at);
			String word = token.toLowerCase(Locale.ROOT);
			Mention mention = longest(text, at, word);
			if (mention == null && word.endsWith("s")) {
				mention = longest(text, at, word.substring(0, word.length() - 1));
			}
			if (mention != null) {
				mentions.add(mention);
				at = mention.end();
			}
			else {
				at += token.length();
			}
		}
		return mentions;
	}

	private Mention longest(String text, int at, String word) {
		for (Name name : this.byFirstWord.getOrDefault(word, List.of())) {
			Matcher matcher = name.pattern().matcher(text).region(at, text.length());
			if (matcher.lookingAt()) {
				return new Mention(at, matcher.end(), name.entry());
			}
		}
		return null;
	}

	private static void wrap(TextNode text, Mention mention) {
		if (mention.end() < text.getWholeText().length()) {
			text.splitText(mention.end());
		}
		TextNode words = text.splitText(mention.start());
		Element link = new Element("a").attr("href", SiteUrls.glossary(mention.entry().slug()))
			.addClass("term")
			.attr("title", mention.entry().hint());
		words.replaceWith(link);
		String abbreviation = mention.entry().abbreviation();
		boolean isAbbreviation = abbreviation != null
				&& words.getWholeText().replaceFirst("s$", "").equals(abbreviation);
		Element holder = isAbbreviation ? link.appendElement("abbr").attr("title", mention.entry().term()) : link;
		holder.appendChild(words);
	}

	private static boolean skipped(TextNode text) {
		for (Element parent = text.parentElement(); parent != null; parent = parent.parent()) {
			if (SKIPPED.contains(parent.normalName()) || parent.hasClass("care-title")) {
				return true;
			}
		}
		return false;
	}

	/** Letters, digits, underscore and hyphen make up words: "anti-CK" is not "CK". */
	private static boolean isWordChar(String text, int index) {
		char c = text.charAt(index);
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}

	private static String firstWord(String text, int from) {
		int end = from;
		while (end < text.length() && isWordChar(text, end)) {
			end++;
		}
		return text.substring(from, end);
	}

	/** A name's key: lower case, single spaces, straight apostrophes. */
	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
	}

	/**
	 * A name as a pattern: any run of white space between words, either apostrophe, a
	 * plural "s" allowed, not followed by more of a word, and case-insensitive unless the
	 * name is written in capitals.
	 */
	private static Pattern pattern(String name) {
		StringBuilder regex = new StringBuilder();
		for (String word : name.split("\\s+")) {
			if (!regex.isEmpty()) {
				regex.append("\\s+");
			}
			for (String part : word.split("['’]", -1)) {
				regex.append(Pattern.quote(part)).append("['’]");
			}
			regex.setLength(regex.length() - "['’]".length());
		}
		boolean capitals = name.chars().anyMatch(Character::isUpperCase)
				&& name.chars().noneMatch(Character::isLowerCase);
		return Pattern.compile(regex + "s?(?![\\p{L}\\p{N}_-])",
				capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** One glossary term as linked. */
	private record Entry(String slug, String term, String abbreviation, String hint) {
	}

	/** One name of a term, and how to find it. */
	private record Name(String text, Pattern pattern, Entry entry) {
	}

	/** A mention found in a text: where it is and which term it names. */
	private record Mention(int start, int end, Entry entry) {
	}

}
