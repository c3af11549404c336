package org.myositisguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: CommonMark with tables, footnotes, autolinks and heading ids
 * (Flexmark), then an allowlist sanitizer (jsoup), then the derived fields (table of
 * contents, plain text, reading statistics). Runs when content changes, never per
 * request.
 */
public final class MarkdownRenderer {

	private static final String BASE_URI = "https://myositis.invalid/";

	private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, td, th, dt, dd";

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final Safelist safelist;

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
				AutolinkExtension.create(), AdmonitionExtension.create()));
		options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, CareCards.TYPES);
		options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, CareCards.TITLES);
		options.set(AdmonitionExtension.UNRESOLVED_QUALIFIER, CareCards.ROUTINE);
		// Read the icons once: left unset, Flexmark reads them from its jar for every
		// document
		// (half the time of a full index of 10,000 articles).
		options.set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap());
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
		options.set(TablesExtension.CLASS_NAME, "table");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
		this.safelist = Safelist.relaxed()
			.addAttributes("h2", "id")
			.addAttributes("h3", "id")
			.addAttributes("h4", "id")
			.addAttributes("sup", "id")
			.addAttributes("li", "id")
			.addAttributes("a", "class")
			.addAttributes("div", "class")
			.addAttributes("table", "class")
			.addTags("abbr", "dfn", "hr")
			.addAttributes("abbr", "title")
			.preserveRelativeLinks(true);
	}

	/**
	 * Parses Markdown once, for {@link #links(Document)} and
	 * {@link #render(Document, Map)}.
	 */
	public Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	/** The internal and external links of a Markdown body, with their 0-based lines. */
	public List<LinkRef> links(String markdown) {
		return links(parse(markdown));
	}

	/**
	 * The links of a parsed body, with their 0-based lines and the level of the care card
	 * they are in, if any.
	 */
	public List<LinkRef> links(Document document) {
		List<LinkRef> links = new ArrayList<>();
		new NodeVisitor(new VisitHandler<>(Link.class,
				(link) -> links.add(
						new LinkRef(link.getUrl().toString(), link.getStartLineNumber(), CareCards.levelAround(link)))))
			.visit(document);
		return links;
	}

	/**
	 * Renders Markdown to sanitized HTML.
	 * @param hints title hints for internal links, by href (e.g. a tag's definition)
	 */
	public Rendered render(String markdown, Map<String, String> hints) {
		return render(parse(markdown), hints);
	}

	/**
	 * Renders a parsed body to sanitized HTML and derives TOC, plain text and statistics.
	 */
	public Rendered render(Document document, Map<String, String> hints) {
		return render(document, hints, GlossaryLinker.NONE);
	}

	/**
	 * Renders a parsed article body: as {@link #render(Document, Map)}, and the first
	 * mention of each glossary term is linked to it.
	 */
	public Rendered render(Document document, Map<String, String> hints, GlossaryLinker glossary) {
		String unsafe = this.renderer.render(document);
		org.jsoup.nodes.Document html = new Cleaner(this.safelist).clean(Jsoup.parseBodyFragment(unsafe, BASE_URI));
		html.outputSettings().prettyPrint(false);
		for (Element link : html.select("a[href]")) {
			String hint = hints.get(link.attr("href"));
			if (hint != null) {
				link.attr("title", hint);
			}
		}
		CareCards.dress(html.body());
		glossary.link(html.body());
		List<Heading> toc = new ArrayList<>();
		for (Element heading : html.select("h2[id], h3[id]")) {
			toc.add(new Heading(heading.tagName().equals("h2") ? 2 : 3, heading.id(), heading.text()));
		}
		List<String> blocks = new ArrayList<>();
		for (Element block : html.select(BLOCKS)) {
			if (block.selectFirst("p") != null && !block.tagName().equals("p")) {
				continue;
			}
			if (block.selectFirst("ul, ol") == null) {
				blocks.add(block.text());
				continue;
			}
			Element copy = block.clone();
			copy.select("ul, ol").remove();
			blocks.add(copy.text());
		}
		return new Rendered(html.body().html(), List.copyOf(toc), String.join("\n", blocks),
				Readability.measure(blocks));
	}

	/** A link target and the 0-based line of the body it is on. */
	public record LinkRef(String url, int line, String card) {

		public LinkRef(String url, int line) {
			this(url, line, null);
		}

	}

	/** Rendered HTML and what is derived from it. */
	public record Rendered(String html, List<Heading> toc, String plainText, Readability.Stats stats) {
	}

}
