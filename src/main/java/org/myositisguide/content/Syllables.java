package org.myositisguide.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word the way the widely used {@code syllable}
 * package (Titus Wormer, MIT licence, version 5) does, so that the site's reading grade
 * agrees with a standard Flesch-Kincaid implementation. A vowel-group count with
 * corrections for endings, prefixes and letter groups that are usually said as one
 * syllable or as two, and a short list of words no rule gets right.
 */
final class Syllables {

	private static final Pattern MONOSYLLABIC_ONE = Pattern.compile(String.join("|", "awe($|d|so)", "cia(?:l|$)", "tia",
			"cius", "cious", "[^aeiou]giu", "[aeiouy][^aeiouy]ion", "iou", "sia$", "eous$", "[oa]gue$",
			".[^aeiuoycgltdb]{2,}ed$", ".ely$", "^jua", "uai", "eau", "^busi$",
			"(?:[aeiouy](?:[bcfgklmnprsvwxyz]|ch|dg|g[hn]|lch|l[lv]|mm|nch|n[cgn]|r[bcnsv]|squ|s[chkls]|th)ed$)",
			"(?:[aeiouy](?:[bdfklmnprstvy]|ch|g[hn]|lch|l[lv]|mm|nch|nn|r[nsv]|squ|s[cklst]|th)es$)"));

	private static final Pattern MONOSYLLABIC_TWO = Pattern
		.compile("[aeiouy](?:[bcdfgklmnprstvyz]|ch|dg|g[hn]|l[lv]|mm|n[cgns]|r[cnsv]|squ|s[cklst]|th)e$");

	private static final Pattern DOUBLE_SYLLABIC_ONE = Pattern
		.compile("(?:([^aeiouy])\\1l|[^aeiouy]ie(?:r|s?t)|[aeiouym]bl|eo|ism|asm|thm|dnt|snt|uity|dea|gean|oa|ua"
				+ "|react?|orbed|shred|eings?|[aeiouy]sh?e[rs])$");

	private static final Pattern DOUBLE_SYLLABIC_TWO = Pattern
		.compile("creat(?!u)|[^gq]ua[^auieo]|[aeiou]{3}|^(?:ia|mc|coa[dglx].)|^re(app|es|im|us)|(th|d)eist");

	private static final Pattern DOUBLE_SYLLABIC_THREE = Pattern.compile("[^aeiou]y[ae]|[^l]lien|riet|dien|iu|io|ii"
			+ "|uen|[aeilotu]real|real[aeilotu]|iell|eo[^aeiou]|[aeiou]y[aeiou]");

	private static final Pattern DOUBLE_SYLLABIC_FOUR = Pattern.compile("[^s]ia");

	private static final Pattern SINGLE = Pattern
		.compile("^(?:un|fore|ware|none?|out|post|sub|pre|pro|dis|side|some)|(?:ly|less|some|ful|ers?|ness|cians?"
				+ "|ments?|ettes?|villes?|ships?|sides?|ports?|shires?|[gnst]ion(?:ed|s)?)$");

	private static final Pattern DOUBLE = Pattern
		.compile("^(?:above|anti|ante|counter|hyper|afore|agri|infra|intra|inter|over|semi|ultra|under|extra|dia"
				+ "|micro|mega|kilo|pico|nano|macro|somer)"
				+ "|(?:fully|berry|woman|women|edly|union|((?:[bcdfghjklmnpqrstvwxz])|[aeiou])ye?ing)$");

	private static final Pattern TRIPLE = Pattern.compile("(creations?|ology|ologist|onomy|onomist)$");

	private static final Pattern NON_VOWELS = Pattern.compile("[^aeiouy]+");

	/** Words that no rule above counts right. */
	private static final Map<String, Integer> PROBLEMATIC = Map.ofEntries(Map.entry("abalone", 4),
			Map.entry("abare", 3), Map.entry("abbruzzese", 4), Map.entry("abed", 2), Map.entry("aborigine", 5),
			Map.entry("abruzzese", 4), Map.entry("acreage", 3), Map.entry("adame", 3), Map.entry("adieu", 2),
			Map.entry("adobe", 3), Map.entry("anemone", 4), Map.entry("anyone", 3), Map.entry("apache", 3),
			Map.entry("aphrodite", 4), Map.entry("apostrophe", 4), Map.entry("ariadne", 4), Map.entry("cafe", 2),
			Map.entry("calliope", 4), Map.entry("catastrophe", 4), Map.entry("chile", 2), Map.entry("chloe", 2),
			Map.entry("circe", 2), Map.entry("coyote", 3), Map.entry("daphne", 2), Map.entry("epitome", 4),
			Map.entry("eurydice", 4), Map.entry("euterpe", 3), Map.entry("every", 2), Map.entry("everywhere", 3),
			Map.entry("forever", 3), Map.entry("gethsemane", 4), Map.entry("guacamole", 4), Map.entry("hermione", 4),
			Map.entry("hyperbole", 4), Map.entry("jesse", 2), Map.entry("jukebox", 2), Map.entry("karate", 3),
			Map.entry("machete", 3), Map.entry("maybe", 2), Map.entry("naive", 2), Map.entry("newlywed", 3),
			Map.entry("penelope", 4), Map.entry("people", 2), Map.entry("persephone", 4), Map.entry("phoebe", 2),
			Map.entry("pulse", 1), Map.entry("queue", 1), Map.entry("recipe", 3), Map.entry("riverbed", 3),
			Map.entry("sesame", 3), Map.entry("shoreline", 2), Map.entry("simile", 3), Map.entry("snuffleupagus", 5),
			Map.entry("sometimes", 2), Map.entry("syncope", 3), Map.entry("tamale", 3), Map.entry("waterbed", 3),
			Map.entry("wednesday", 2), Map.entry("yosemite", 4), Map.entry("zoe", 2));

	private Syllables() {
	}

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9_]+");

	/**
	 * Counts already made: a library reuses a vocabulary of some thousands of words, and
	 * counting one takes a dozen regular expressions. Emptied if it ever grows past
	 * {@link #REMEMBERED} words.
	 */
	private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();

	private static final int REMEMBERED = 200_000;

	/**
	 * The syllables of a piece of text such as a word or a hyphenated word: the sum over
	 * its runs of letters and digits (as the {@code syllable} package splits on word
	 * boundaries); accents are dropped, apostrophes ignored, a number counts none.
	 */
	static int count(String text) {
		StringBuilder part = new StringBuilder(text.length());
		int total = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 128) {
				return countNormalized(text);
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
				part.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				part.append((char) (c + ('a' - 'A')));
			}
			else if (c != '\'') {
				total += remembered(part.toString());
				part.setLength(0);
			}
		}
		return total + remembered(part.toString());
	}

	/**
	 * As {@link #count(String)}, for text with letters beyond ASCII (accents dropped).
	 */
	private static int countNormalized(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("['\u2019]", "");
		int total = 0;
		for (String part : NON_WORD.split(plain)) {
			total += remembered(part);
		}
		return total;
	}

	private static int remembered(String part) {
		if (part.isEmpty()) {
			return 0;
		}
		Integer known = COUNTED.get(part);
		if (known == null) {
			if (COUNTED.size() > REMEMBERED) {
				COUNTED.clear();
			}
			known = one(part);
			COUNTED.put(part, known);
		}
		return known;
	}

	/**
	 * The syllables of one run of lower-case letters and digits (digits are ignored); 0
	 * when it has no letters.
	 */
	private static int one(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'a' && c <= 'z') {
				letters.append(c);
			}
		}
		String value = letters.toString();
		if (value.isEmpty()) {
			return 0;
		}
		if (value.length() < 3) {
			return 1;
		}
		Integer known = PROBLEMATIC.get(value);
		if (known == null) {
			known = PROBLEMATIC.get(singular(value));
		}
		if (known != null) {
			return known;
		}
		int[] count = { 0 };
		value = remove(TRIPLE, value, 3, count);
		value = remove(DOUBLE, value, 2, count);
		value = remove(SINGLE, value, 1, count);
		for (String part : NON_VOWELS.split(value)) {
			if (!part.isEmpty()) {
				count[0]++;
			}
		}
		count[0] -= matches(MONOSYLLABIC_ONE, value) + matches(MONOSYLLABIC_TWO, value);
		count[0] += matches(DOUBLE_SYLLABIC_ONE, value) + matches(DOUBLE_SYLLABIC_TWO, value)
				+ matches(DOUBLE_SYLLABIC_THREE, value) + (DOUBLE_SYLLABIC_FOUR.matcher(value).find() ? 1 : 0);
		return (count[0] != 0) ? count[0] : 1;
	}

	/** The plural endings the problematic words can take. */
	private static String singular(String word) {
		if (word.endsWith("es") && word.length() > 4) {
			return word.substring(0, word.length() - 1);
		}
		return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
	}

	/** Counts every match as {@code each} syllables and removes the matched text. */
	private static String remove(Pattern pattern, String value, int each, int[] count) {
		Matcher matcher = pattern.matcher(value);
		StringBuilder rest = new StringBuilder();
		while (matcher.find()) {
			count[0] += each;
			matcher.appendReplacement(rest, "");
		}
		matcher.appendTail(rest);
		return rest.toString();
	}

	private static int matches(Pattern pattern, String value) {
		Matcher matcher = pattern.matcher(value);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

}
