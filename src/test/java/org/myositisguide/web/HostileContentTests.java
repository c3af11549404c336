package org.myositisguide.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile content: a copy of the fixture folder with one article (or topic, glossary
 * term, site file) per attack, indexed by the real application. For every attack, the
 * article page, its topic pages, the home page, the feed, the sitemap, the glossary, the
 * search page and the JSON search never carry executable markup, checked the way a
 * browser or feed reader would parse them (jsoup for HTML, an XML parser, a JSON parser),
 * while the harmless text of the article still shows; or, where the content rules reject
 * the file, it is left out with a {@code path:line: error: message} and the rest of the
 * site is unaffected. Unreadable files (binary, invalid UTF-8, too big, a symlink out of
 * the folder) are skipped the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "site.watch=false")
class HostileContentTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	private static final List<Attack> ATTACKS = new ArrayList<>();

	static {
		body("script-in-body", "<script>alert('xss')</script>\n\n<SCRIPT SRC=//evil.example/x.js></SCRIPT>");
		body("img-onerror", "<img src=x onerror=alert('xss')>\n\n<IMG SRC=\"/images/a.png\" OnError=\"alert(1)\">");
		body("a-onclick", "<a href=\"/articles/alpha\" onclick=\"alert('xss')\">alpha</a>");
		body("other-event-handlers", "<div onmouseover=\"alert(1)\">hover</div>\n\n"
				+ "<details open ontoggle=alert(1)><summary>x</summary></details>\n\n<body onload=alert(1)>");
		rejectedBody("markdown-link-javascript", "[click me](javascript:alert('xss'))", "unsafe link");
		rejectedBody("markdown-link-javascript-mixed-case", "[click me](JaVaScRiPt:alert('xss'))", "unsafe link");
		rejectedBody("markdown-link-data", "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
				"unsafe link");
		rejectedBody("markdown-image-javascript", "![a picture](javascript:alert('xss'))",
				"pictures must be uploaded to content/images");
		rejectedBody("markdown-image-data", "![a picture](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
				"pictures must be uploaded to content/images");
		body("markdown-autolink-javascript", "<javascript:alert('xss')>");
		body("markdown-reference-link-javascript", "[click me][evil]\n\n[evil]: javascript:alert('xss')");
		body("raw-link-javascript", "<a href=\"javascript:alert('xss')\">one</a> "
				+ "<a href=\"&#106;avascript:alert(1)\">two</a> <a href=\"java&#x09;script:alert(1)\">three</a>");
		body("raw-link-data", "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">click</a>");
		body("iframe", "<iframe src=\"https://evil.example/\"></iframe>\n\n"
				+ "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>");
		body("svg-with-script", "<svg><script>alert('xss')</script></svg>");
		body("svg-onload", "<svg onload=\"alert('xss')\"><circle r=\"10\"/></svg>\n\n"
				+ "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>");
		body("object-and-embed",
				"<object data=\"https://evil.example/x.swf\"></object>\n\n<embed src=\"https://evil.example/x.swf\">");
		body("style", "<style>body { background: url(\"javascript:alert(1)\") }</style>\n\n"
				+ "<p style=\"background:url(javascript:alert(1))\">styled</p>");
		body("form-and-formaction", "<form action=\"https://evil.example/\"><input name=q>"
				+ "<button formaction=\"javascript:alert(1)\">go</button></form>");
		body("meta-base-and-link", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">\n\n"
				+ "<base href=\"https://evil.example/\">\n\n<link rel=stylesheet href=https://evil.example/x.css>");
		body("mutation-xss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>\n\n"
				+ "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
		body("code-span", "Code `<script>alert('xss')</script>` and `<img src=x onerror=alert('xss')//` are shown as "
				+ "text near " + word("code-span"));
		frontMatter("html-in-title", "title", quoted("<script>alert('xss')</script></title><svg onload=alert(1)> "
				+ "Hostile title " + word("html-in-title")));
		frontMatter("html-in-summary", "summary", quoted("<img src=x onerror=alert('xss')> A summary about "
				+ word("html-in-summary") + " with \"quotes\" and </script>"));
		frontMatter("html-in-key-points", "key-points",
				"\n  - " + quoted("<iframe src=\"javascript:alert(1)\"></iframe> A first point"));
		frontMatter("html-in-questions", "questions", "\n  - " + quoted("<svg onload=alert(1)> A question") + "\n  - "
				+ quoted("<a href=\"javascript:alert(1)\">Ask this</a>"));
		frontMatter("html-in-reference-title", "references",
				"\n  - title: " + quoted("</script><script>alert('xss')</script><!-- A reference") + "\n    publisher: "
						+ quoted("<b onmouseover=alert(1)>Publisher</b>")
						+ "\n    url: \"https://example.org/reference\"");
		rejectedFrontMatter("javascript-reference-url", "references",
				"\n  - title: A reference\n    url: \"javascript:alert('xss')\"", "not an http(s) address");
		rejectedFrontMatter("reference-url-breaking-out", "references",
				"\n  - title: A reference\n    url: \"https://example.org/\\\" onmouseover=\\\"alert(1)\"",
				"not an http(s) address");
		ATTACKS.add(new Attack("html-in-topic-fields",
				article("html-in-topic-fields", Map.of("tags", "[hostile-topic]"), ""), null,
				List.of("/tags/hostile-topic", "/tags")));
		ATTACKS.add(new Attack("html-in-glossary-fields",
				article("html-in-glossary-fields", Map.of(), "A wobbleterm is mentioned here."), null,
				List.of("/glossary/hostile-term", "/search?q=wobbleterm", "/api/search?q=wobbleterm")));
		ATTACKS.add(new Attack("binary-file", null, "binary file (contains NUL bytes): skipped", List.of()));
		ATTACKS.add(new Attack("invalid-utf-8", null, "not valid UTF-8 text: skipped", List.of()));
		ATTACKS.add(new Attack("over-the-size-limit", null, "over the 2048 KiB limit: skipped", List.of()));
		ATTACKS.add(new Attack("symlink-outside", null, "points outside the content folder: skipped", List.of()));
		writeContent();
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
	}

	static Stream<Attack> attacks() {
		return ATTACKS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void hostileContentNeverReachesAPageFeedOrJson(Attack attack) throws Exception {
		HttpResponse<String> page = get("/articles/" + attack.slug());
		if (attack.rejectedWith() == null) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Harmless words about " + word(attack.slug()));
		}
		else {
			assertThat(page.statusCode()).as("left out").isEqualTo(404);
			assertThat(problems()).anySatisfy((problem) -> assertThat(problem)
				.matches(Pattern.quote(CONTENT + "/articles/" + attack.slug() + ".md") + ":\\d+: error: .*")
				.contains(attack.rejectedWith()));
		}
		List<String> paths = new ArrayList<>(List.of("/articles/" + attack.slug(), "/", "/tags/myositis",
				"/tags/myositis?page=2", "/tags/myositis?page=3", "/feed.atom", "/sitemap.xml", "/glossary",
				"/search?q=" + word(attack.slug()), "/api/search?q=" + word(attack.slug()), "/api/suggest?q=<script"));
		paths.addAll(attack.morePages());
		for (String path : paths) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isIn(200, 404);
			assertThat(findings(response)).as(path).isEmpty();
		}
		String api = get("/api/search?q=" + word(attack.slug())).body();
		if (attack.rejectedWith() == null) {
			assertThat(api).as("found by search").contains("\"slug\":\"" + attack.slug() + "\"");
		}
		else {
			assertThat(api).doesNotContain("\"slug\":\"" + attack.slug() + "\"");
		}
	}

	@Test
	void htmlInFrontMatterIsShownAsText() throws Exception {
		assertThat(get("/articles/html-in-title").body())
			.contains("<h1>&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;/title&gt;&lt;svg onload=alert(1)&gt; "
					+ "Hostile title");
		assertThat(get("/articles/code-span").body())
			.contains("<code>&lt;script&gt;alert('xss')&lt;/script&gt;</code>");
		assertThat(get("/search?q=" + word("code-span") + "+img+onerror+alert").body()).as("snippet")
			.contains("&lt;<mark>img</mark> src=x <mark>onerror</mark>=<mark>alert</mark>(&#39;xss&#39;)//");
		assertThat(get("/api/suggest?q=<script").body()).contains("\\u003Cscript\\u003Ealert(\\u0027xss\\u0027)");
		assertThat(get("/tags/hostile-topic").body()).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
		assertThat(get("/glossary/hostile-term").body()).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
		assertThat(get("/articles/html-in-glossary-fields").body()).as("glossary link with the definition as title")
			.contains("href=\"/glossary/hostile-term\"");
	}

	@Test
	void theRestOfTheSiteIsUnaffected() throws Exception {
		for (String slug : List.of("alpha", "beta")) {
			assertThat(get("/articles/" + slug).statusCode()).as(slug).isEqualTo(200);
		}
		assertThat(get("/glossary/creatine-kinase").statusCode()).isEqualTo(200);
		assertThat(get("/tags/diagnosis").statusCode()).isEqualTo(200);
		assertThat(get("/").body()).contains("Test Guide");
	}

	@Test
	void unsafeFooterLinksInTheSiteFileAreLeftOutWithAnError() throws Exception {
		assertThat(problems()).anySatisfy(
				(problem) -> assertThat(problem).matches(Pattern.quote(CONTENT + "/site.yml") + ":\\d+: error: .*")
					.contains("footer link"));
		assertThat(get("/").body()).contains(">A good link</a>").doesNotContain(">A bad link</a>");
	}

	/** What the application recorded at its last index run, as it prints them. */
	private List<String> problems() {
		return this.jdbc.query("select path, line, severity, message from content_problem", (rs, row) -> rs.getString(1)
				+ ":" + Math.max(rs.getInt(2), 1) + ": " + rs.getString(3) + ": " + rs.getString(4));
	}

	// --- What counts as executable, per media type ---

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
			"applet", "svg", "math", "style", "base", "noscript", "template");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
			"xlink:href", "poster", "background", "srcset", "cite", "content");

	private List<String> findings(HttpResponse<String> response) throws Exception {
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.startsWith("text/html")) {
			return htmlFindings(response.body());
		}
		if (type.contains("xml")) {
			return xmlFindings(response.body());
		}
		if (type.startsWith("application/json")) {
			return jsonFindings(response.body());
		}
		return List.of("unexpected content type " + type);
	}

	/**
	 * Parses the page as a browser would (jsoup, HTML5) and looks for anything that runs.
	 */
	/**
	 * The body map is our own inline SVG, from the template (its attributes are still
	 * checked like any other element's).
	 */
	private static boolean isOurBodyMap(Element element) {
		Element svg = element.normalName().equals("svg") ? element : element.closest("svg");
		return svg != null && svg.hasClass("bodymap-figure") && svg.parent() != null && svg.parent().hasClass("bodymap")
				&& svg.closest(".prose") == null;
	}

	private List<String> htmlFindings(String html) {
		List<String> findings = new ArrayList<>();
		Document document = Jsoup.parse(html);
		int scripts = 0;
		for (Element element : document.getAllElements()) {
			String name = element.normalName();
			if (FORBIDDEN_ELEMENTS.contains(name) && !isOurBodyMap(element)) {
				findings.add(element.outerHtml());
			}
			if (name.equals("script")) {
				scripts++;
				if (element.attr("type").equals("application/ld+json")) {
					findings.addAll(jsonLdFindings(element.data()));
				}
				else if (!element.attr("src").matches("/js/[a-z]+-[0-9a-f]{32}\\.js")) {
					findings.add(element.outerHtml());
				}
			}
			if (name.equals("meta") && element.hasAttr("http-equiv")) {
				findings.add(element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")
						|| (URL_ATTRIBUTES.contains(key) && unsafeUrl(attribute.getValue()))) {
					findings.add(name + " " + attribute.html());
				}
			}
		}
		long rawScriptTags = html.toLowerCase(Locale.ROOT).split("<script", -1).length - 1;
		if (rawScriptTags != scripts) {
			findings.add(rawScriptTags + " '<script' in the source, " + scripts + " script elements");
		}
		return findings;
	}

	/** JSON-LD must parse as JSON and hold no {@code <} that could end its element. */
	private List<String> jsonLdFindings(String data) {
		List<String> findings = new ArrayList<>();
		if (data.contains("<")) {
			findings.add("'<' in JSON-LD");
		}
		try {
			this.json.readTree(data);
		}
		catch (RuntimeException ex) {
			findings.add("JSON-LD does not parse: " + ex.getMessage());
		}
		return findings;
	}

	/** Parses the feed or sitemap as XML and looks for markup elements or handlers. */
	private static List<String> xmlFindings(String xml) throws Exception {
		List<String> findings = new ArrayList<>();
		org.w3c.dom.Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		NodeList elements = document.getElementsByTagName("*");
		Set<String> allowed = Set.of("feed", "title", "subtitle", "id", "link", "updated", "author", "name", "entry",
				"published", "summary", "urlset", "url", "loc", "lastmod");
		for (int i = 0; i < elements.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
			if (!allowed.contains(element.getTagName())) {
				findings.add("<" + element.getTagName() + ">");
			}
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String key = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
				if (key.startsWith("on") || (key.equals("href") && unsafeUrl(attributes.item(a).getNodeValue()))) {
					findings.add(element.getTagName() + " " + key + "=" + attributes.item(a).getNodeValue());
				}
			}
		}
		for (String tag : List.of("<script", "<iframe", "<svg", "<img", "<object", "<embed", "<style", "<a ")) {
			if (xml.toLowerCase(Locale.ROOT).contains(tag)) {
				findings.add(tag + " in the XML source");
			}
		}
		return findings;
	}

	/**
	 * JSON must parse, must carry no {@code <} at all (so no markup even for a careless
	 * client), and its snippets, which are HTML, must be harmless HTML.
	 */
	private List<String> jsonFindings(String text) {
		List<String> findings = new ArrayList<>();
		if (text.contains("<") || text.contains(">")) {
			findings.add("'<' or '>' in JSON: " + text);
		}
		JsonNode root = this.json.readTree(text);
		for (JsonNode snippet : root.findValues("snippet")) {
			findings.addAll(htmlFindings(snippet.asString()));
		}
		return findings;
	}

	private static boolean unsafeUrl(String value) {
		String url = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
		return url.startsWith("javascript:") || url.startsWith("data:") || url.startsWith("vbscript:")
				|| url.contains("url=javascript:");
	}

	// --- The hostile content folder ---

	/** One attack: an article (or file) and, if the rules reject it, the problem. */
	record Attack(String slug, String text, String rejectedWith, List<String> morePages) {

		@Override
		public String toString() {
			return this.slug;
		}

	}

	private static void body(String slug, String markdown) {
		ATTACKS.add(new Attack(slug, article(slug, Map.of(), markdown), null, List.of()));
	}

	private static void rejectedBody(String slug, String markdown, String problem) {
		ATTACKS.add(new Attack(slug, article(slug, Map.of(), markdown), problem, List.of()));
	}

	private static void frontMatter(String slug, String key, String value) {
		ATTACKS.add(new Attack(slug, article(slug, Map.of(key, value), ""), null, List.of()));
	}

	private static void rejectedFrontMatter(String slug, String key, String value, String problem) {
		ATTACKS.add(new Attack(slug, article(slug, Map.of(key, value), ""), problem, List.of()));
	}

	/** The word that finds an attack's article in search. */
	private static String word(String slug) {
		return "wobble" + slug.replace("-", "").replaceAll("[0-9]", "");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String article(String slug, Map<String, String> overrides, String markdown) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", quoted("Hostile " + word(slug)));
		fields.put("summary", quoted("A harmless summary about " + word(slug) + "."));
		fields.put("tags", "[myositis]");
		fields.put("published", "2025-12-01");
		fields.put("checked", "2026-01-10");
		fields.put("status", "published");
		fields.put("references", "\n  - title: A harmless reference\n    url: \"https://example.org/reference\"");
		fields.putAll(overrides);
		StringBuilder text = new StringBuilder("---\n");
		fields.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		return text.append("---\nHarmless words about ")
			.append(word(slug))
			.append(" stay on the page.\n\n")
			.append(markdown)
			.append('\n')
			.toString();
	}

	private static void writeContent() {
		try {
			Path articles = CONTENT.resolve("articles");
			for (Attack attack : ATTACKS) {
				if (attack.text() != null) {
					Files.writeString(articles.resolve(attack.slug() + ".md"), attack.text());
				}
			}
			Files.writeString(CONTENT.resolve("tags/hostile-topic.md"), """
					---
					name: "<script>alert('xss')</script>Hostile topic"
					title: "<svg onload=alert(1)>Hostile topic title"
					definition: "<img src=x onerror=alert('xss')> a harmless definition \\" onmouseover=\\"alert(1)"
					aliases: ["<iframe src=javascript:alert(1)>"]
					---
					A harmless topic intro. <script>alert('xss')</script> <a href="javascript:alert(1)">x</a>
					""");
			Files.writeString(CONTENT.resolve("glossary/hostile-term.md"), """
					---
					term: "<script>alert('xss')</script>Hostile term"
					abbreviation: "<b onclick=alert(1)>HT</b>"
					aliases: [wobbleterm]
					definition: "<img src=x onerror=alert('xss')> defined harmlessly, \\"quoted\\" </abbr>"
					---
					A harmless explanation. <iframe src="https://evil.example/"></iframe>
					""");
			Files.writeString(CONTENT.resolve("site.yml"), Files.readString(CONTENT.resolve("site.yml")) + """
					footer-links:
					  - title: A good link
					    url: /tags
					  - title: A bad link
					    url: "javascript:alert('xss')"
					""");
			String valid = article("binary-file", Map.of(), "");
			Files.write(articles.resolve("binary-file.md"), (valid + "\0\0\0").getBytes(StandardCharsets.UTF_8));
			byte[] latin1 = article("invalid-utf-8", Map.of(), "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
			Files.write(articles.resolve("invalid-utf-8.md"), latin1);
			Files.writeString(articles.resolve("over-the-size-limit.md"),
					article("over-the-size-limit", Map.of(), "Words. ".repeat(2 * 1024 * 1024 / 7 + 10)));
			Path outside = Files.createTempDirectory("mg-outside").resolve("symlink-outside.md");
			Files.writeString(outside, article("symlink-outside", Map.of(), ""));
			Files.createSymbolicLink(articles.resolve("symlink-outside.md"), outside);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		String[] parts = path.split("\\?q=", 2);
		String uri = (parts.length == 2) ? parts[0] + "?q=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8)
				: path;
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
