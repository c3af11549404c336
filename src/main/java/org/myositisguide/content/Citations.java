package org.myositisguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Numbered citations at the claims: {@code [2]}, {@code [2, 5]} or {@code [2-4]} in an
 * article's text refer to its references by their position in the front matter's
 * {@code references} list. Rendered as superscript links to the reference list
 * ({@code #ref-2}); checked against the number of references.
 */
final class Citations {

	static final String CLASS = "cite";

	private static final Pattern CITATION = Pattern
		.compile("\\[(\\d{1,3}(?:\\s*[,\\u2013-]\\s*\\d{1,3})*)\\](?![(\\[])");

	/** A Markdown link reference definition such as {@code [1]: /articles/one}. */
	private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

	private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*[\\u2013-]\\s*(\\d{1,3})");

	private Citations() {
	}

	/**
	 * The reference numbers cited in a Markdown body, with their 0-based lines; fenced
	 * code is skipped.
	 */
	static List<Citation> find(String markdown) {
		List<Citation> found = new ArrayList<>();
		String[] lines = markdown.split("\n", -1);
		boolean fenced = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				fenced = !fenced;
				continue;
			}
			if (fenced || DEFINITION.matcher(line).find()) {
				continue;
			}
			Matcher matcher = CITATION.matcher(line);
			while (matcher.find()) {
				for (int number : numbers(matcher.group(1))) {
					found.add(new Citation(number, i));
				}
			}
		}
		return List.copyOf(found);
	}

	/** Every number a citation names, ranges expanded. */
	static List<Integer> numbers(String inside) {
		List<Integer> numbers = new ArrayList<>();
		Matcher range = RANGE.matcher(inside);
		String rest = inside;
		while (range.find()) {
			int from = Integer.parseInt(range.group(1));
			int to = Integer.parseInt(range.group(2));
			for (int n = from; n <= to && n - from < 50; n++) {
				numbers.add(n);
			}
			rest = rest.replace(range.group(), " ");
		}
		Matcher single = NUMBER.matcher(rest);
		while (single.find()) {
			numbers.add(Integer.parseInt(single.group()));
		}
		return numbers;
	}

	/**
	 * Errors for citations of references that do not exist, warnings for references never
	 * cited (once the article cites any).
	 */
	static void check(String path, int bodyLine, List<Citation> citations, int references, List<Problem> problems) {
		java.util.Set<Integer> cited = new java.util.TreeSet<>();
		for (Citation citation : citations) {
			if (citation.number() < 1 || citation.number() > references) {
				problems.add(Problem.error(path, bodyLine + citation.line(), "citation [" + citation.number()
						+ "] has no reference: the article lists " + references + " references"));
			}
			cited.add(citation.number());
		}
		if (citations.isEmpty()) {
			return;
		}
		for (int n = 1; n <= references; n++) {
			if (!cited.contains(n)) {
				problems.add(Problem.warning(path, 0, "reference " + n + " is never cited in the text: cite it as [" + n
						+ "] after the claim it supports, or remove it"));
			}
		}
	}

	/**
	 * Turns the citations in the text of rendered HTML into superscript links to the
	 * reference list; text in links, code and headings is left alone.
	 */
	static void link(Element body) {
		List<TextNode> texts = new ArrayList<>();
		collect(body, texts);
		for (TextNode text : texts) {
			String value = text.getWholeText();
			Matcher matcher = CITATION.matcher(value);
			if (!matcher.find()) {
				continue;
			}
			List<Node> replacement = new ArrayList<>();
			int last = 0;
			do {
				replacement.add(new TextNode(value.substring(last, matcher.start()).stripTrailing()));
				replacement.add(superscript(matcher.group(1)));
				last = matcher.end();
			}
			while (matcher.find());
			replacement.add(new TextNode(value.substring(last)));
			for (Node node : replacement) {
				text.before(node);
			}
			text.remove();
		}
	}

	private static Element superscript(String inside) {
		Element sup = new Element("sup").addClass(CLASS);
		sup.appendText("[");
		Matcher number = NUMBER.matcher(inside);
		int last = 0;
		while (number.find()) {
			sup.appendText(inside.substring(last, number.start()));
			Element link = sup.appendElement("a").attr("href", "#ref-" + Integer.parseInt(number.group()));
			link.appendElement("span").addClass("visually-hidden").text("reference ");
			link.appendText(number.group());
			last = number.end();
		}
		sup.appendText(inside.substring(last) + "]");
		return sup;
	}

	private static void collect(Element element, List<TextNode> texts) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				texts.add(text);
			}
			else if (child instanceof Element inner && !inner.normalName().matches("a|code|pre|h[1-6]|abbr|dfn|sup")) {
				collect(inner, texts);
			}
		}
	}

	/** One cited reference number and the 0-based line of the body it is on. */
	record Citation(int number, int line) {
	}

}
