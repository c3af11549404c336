package org.myositisguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagBlock;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: CommonMark with tables, footnotes, autolinks, heading ids, care
 * cards (admonitions) and included urgent signs ({@code {% urgent <slug> %}}, Jekyll tag
 * syntax) (Flexmark), then an allowlist sanitizer (jsoup), then citations, care cards and
 * glossary links, then the derived fields (table of contents, plain text, reading
 * statistics). Runs when content changes, never per request.
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
				AutolinkExtension.create(), AdmonitionExtension.create(), JekyllTagExtension.create()));
		options.set(JekyllTagExtension.ENABLE_INLINE_TAGS, false);
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
		MutableDataSet rendering = new MutableDataSet(options);
		rendering.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
				AutolinkExtension.create(), AdmonitionExtension.create(), new IncludeRendering()));
		this.renderer = HtmlRenderer.builder(rendering).build();
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
			.addProtocols("a", "href", "tel")
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
		return outline(document).links();
	}

	/**
	 * What the checks need from a parsed body: its links, included tags, own care cards
	 * and citations, each with its 0-based line.
	 */
	public Outline outline(Document document) {
		List<LinkRef> links = new ArrayList<>();
		List<Include> includes = new ArrayList<>();
		List<Card> cards = new ArrayList<>();
		List<ImageRef> images = new ArrayList<>();
		NodeVisitor[] visitor = new NodeVisitor[1];
		visitor[0] = new NodeVisitor(
				new VisitHandler<>(com.vladsch.flexmark.ast.Image.class,
						(image) -> images.add(new ImageRef(image.getUrl().toString(), image.getText().toString(),
								image.getStartLineNumber()))),
				new VisitHandler<>(com.vladsch.flexmark.ast.ImageRef.class,
						(image) -> images
							.add(new ImageRef("", image.getText().toString(), image.getStartLineNumber()))),
				new VisitHandler<>(Link.class,
						(link) -> links.add(new LinkRef(link.getUrl().toString(), link.getStartLineNumber(),
								CareCards.levelAround(link)))),
				new VisitHandler<>(JekyllTag.class,
						(tag) -> includes.add(new Include(tag.getTag().toString(),
								tag.getParameters().toString().strip(), tag.getStartLineNumber()))),
				new VisitHandler<>(AdmonitionBlock.class, (card) -> {
					cards.add(
							new Card(card.getInfo().toString(), card.getChars().toString(), card.getStartLineNumber()));
					visitor[0].visitChildren(card);
				}));
		visitor[0].visit(document);
		return new Outline(List.copyOf(links), List.copyOf(includes), List.copyOf(cards),
				Citations.find(document.getChars().toString()), List.copyOf(images));
	}

	/**
	 * Pictures from {@code content/images} load lazily and offer smaller copies to small
	 * screens.
	 */
	private static void dressImages(Element body) {
		for (Element image : body.select("img[src^=/images/]")) {
			String src = image.attr("src").replaceAll("[?#].*$", "");
			image.attr("src", src);
			image.attr("srcset", src + "?w=480 480w, " + src + "?w=960 960w, " + src + " 1600w");
			image.attr("sizes", "(min-width: 48rem) 44rem, 100vw");
			image.attr("loading", "lazy");
			image.attr("decoding", "async");
		}
	}

	/** Markdown to HTML, not yet sanitized: for pieces that are sanitized with a page. */
	String html(String markdown) {
		return this.renderer.render(parse(markdown));
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
		return render(document, hints, glossary, null);
	}

	/**
	 * Renders a parsed article body: as {@link #render(Document, Map, GlossaryLinker)},
	 * with the urgent-sign cards it includes and its citations linked to its references.
	 * @param urgent the shared urgent signs, or null for none
	 */
	public Rendered render(Document document, Map<String, String> hints, GlossaryLinker glossary, UrgentSigns urgent) {
		if (urgent != null) {
			document.set(UrgentSigns.KEY, urgent);
		}
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
		dressImages(html.body());
		Citations.link(html.body());
		glossary.link(html.body());
		List<Heading> toc = new ArrayList<>();
		for (Element heading : html.select("h2[id], h3[id]")) {
			toc.add(new Heading(heading.tagName().equals("h2") ? 2 : 3, heading.id(), heading.text()));
		}
		Element measured = html.body().clone();
		measured.select("sup." + Citations.CLASS + ", .care small").remove();
		// A shared urgent sign's card is the entry's text: of it, only the sign's title
		// and phrases count, for search, on the guide that lists every sign; elsewhere
		// none of it is the page's own (thirty pages with the breathing card are not
		// thirty answers about breathing), and none counts for the grade.
		Element own = measured.clone();
		own.select("." + CareCards.SHARED + ":not(." + CareCards.LISTED + ")").remove();
		for (Element card : own.select("." + CareCards.SHARED)) {
			String slug = card.classNames()
				.stream()
				.filter((c) -> c.startsWith(CareCards.SIGN_PREFIX))
				.map((c) -> c.substring(CareCards.SIGN_PREFIX.length()))
				.findFirst()
				.orElse("");
			card.empty().appendElement("p").text((urgent != null) ? urgent.searchText(slug) : "");
		}
		List<String> ownBlocks = blocks(own);
		List<String> searchBlocks = ownBlocks(own);
		own.select("." + CareCards.SHARED).remove();
		return new Rendered(html.body().html(), List.copyOf(toc), String.join("\n", ownBlocks),
				String.join("\n", searchBlocks), Readability.measure(blocks(measured), own.select("p").eachText()),
				careCards(html.body()), Passages.of(measured, urgent));
	}

	/**
	 * Each care card of a rendered body as it stands alone (on a printed sheet): its
	 * shared sign, if any, and its markup with ids of its own.
	 */
	private static List<RenderedCard> careCards(Element body) {
		List<RenderedCard> cards = new ArrayList<>();
		String prefix = "sheet-" + Integer.toHexString(body.html().hashCode()) + "-";
		for (Element card : body.select("aside.care")) {
			Element copy = card.clone();
			for (Element labelled : copy.select("[id]")) {
				labelled.id(prefix + labelled.id());
			}
			copy.attr("aria-labelledby", prefix + copy.attr("aria-labelledby"));
			String sign = copy.classNames()
				.stream()
				.filter((c) -> c.startsWith(CareCards.SIGN_PREFIX))
				.map((c) -> c.substring(CareCards.SIGN_PREFIX.length()))
				.findFirst()
				.orElse(null);
			cards.add(new RenderedCard(sign, copy.outerHtml()));
		}
		return List.copyOf(cards);
	}

	/**
	 * The text of each block (paragraph, heading, list item, table cell) once: a list
	 * item holding paragraphs is left to them, and nested lists to their own items.
	 */
	/**
	 * The text of each block as {@link #blocks(Element)}, without the words of links to
	 * articles (same number of blocks, in the same order).
	 */
	static List<String> ownBlocks(Element body) {
		Element copy = body.clone();
		copy.select("a[href^=/articles/]").remove();
		return blocks(copy);
	}

	static List<String> blocks(Element body) {
		List<String> blocks = new ArrayList<>();
		for (Element block : body.select(BLOCKS)) {
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
		return blocks;
	}

	/**
	 * Renders the Jekyll-style tags that include urgent signs: {@code {% urgent <slug>
	 * %}} becomes that entry's card, {@code {% urgent-signs %}} every card grouped by
	 * level; an unknown tag or sign renders nothing (the checks report it).
	 */
	private static final class IncludeRendering implements HtmlRenderer.HtmlRendererExtension {

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.nodeRendererFactory((options) -> new NodeRenderer() {
				@Override
				public java.util.Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
					return java.util.Set.of(new NodeRenderingHandler<>(JekyllTagBlock.class, (block, context, html) -> {
						UrgentSigns urgent = UrgentSigns.KEY.get(context.getDocument());
						for (com.vladsch.flexmark.util.ast.Node child : block.getChildren()) {
							if (child instanceof JekyllTag tag) {
								String name = tag.getTag().toString();
								if (name.equals(UrgentSigns.ALL)) {
									html.raw(urgent.allCards());
								}
								else if (name.equals(UrgentSigns.INCLUDE)) {
									html.raw(urgent.card(tag.getParameters().toString().strip()));
								}
							}
						}
					}), new NodeRenderingHandler<>(JekyllTag.class, (tag, context, html) -> {
					}));
				}
			});
		}

	}

	/** A Jekyll-style tag ({@code {% tag argument %}}) and its 0-based line. */
	public record Include(String tag, String argument, int line) {
	}

	/** A care card written in the body: its level, Markdown and 0-based line. */
	public record Card(String level, String text, int line) {
	}

	/**
	 * What the checks read from a body.
	 */
	public record Outline(List<LinkRef> links, List<Include> includes, List<Card> cards,
			List<Citations.Citation> citations, List<ImageRef> images) {
	}

	/**
	 * A picture in a body: its address, its text for people who cannot see it, its
	 * 0-based line.
	 */
	public record ImageRef(String url, String alt, int line) {
	}

	/**
	 * A care card of a rendered body on its own.
	 *
	 * @param sign the shared urgent sign it shows, or null for an article's own card
	 */
	public record RenderedCard(String sign, String html) {
	}

	/** A link target and the 0-based line of the body it is on. */
	public record LinkRef(String url, int line, String card) {

		public LinkRef(String url, int line) {
			this(url, line, null);
		}

	}

	/**
	 * Rendered HTML and what is derived from it.
	 *
	 * @param plainText the page's own text (a shared card counts by its sign's title and
	 * phrases)
	 * @param searchText that text without the words of links to other articles, which say
	 * what those articles are about: what the article is found by
	 */
	public record Rendered(String html, List<Heading> toc, String plainText, String searchText, Readability.Stats stats,
			List<RenderedCard> careCards, List<Passage> passages) {
	}

}
