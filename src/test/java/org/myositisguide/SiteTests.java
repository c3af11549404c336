package org.myositisguide;

import org.myositisguide.support.ShippedSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole site on a real PostgreSQL, serving the shipped content folder over HTTP.
 */
class SiteTests extends ShippedSite {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void seedArticleShowsTitleDatesTagsReferencesAndRelatedArticles() throws Exception {
		HttpResponse<String> page = get("/articles/dermatomyositis-and-polymyositis");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(
				"<title>Dermatomyositis and Polymyositis: Understanding Muscle Inflammation and Modern Treatment Options",
				"<h1>Dermatomyositis and polymyositis</h1>",
				"Published <time datetime=\"2025-11-07\">7 November 2025</time>", "href=\"/tags/dermatomyositis\"",
				"href=\"/tags/steroid-treatment\"", "<h2 id=\"references-heading\">References</h2>",
				"<h2 id=\"related-heading\">Related articles</h2>", "not medical advice");
		assertThat(page.body().split("class=\"card\"", -1)).as("five related articles").hasSize(6);
	}

	@Test
	void hubTagPageListsItsArticlesNewestFirstAndLinksEveryTopic() throws Exception {
		HttpResponse<String> page = get("/tags/autoimmune-myopathy");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Autoimmune Myopathy", "href=\"/articles/what-is-autoimmune-myopathy\"",
				"href=\"/tags/myositis\" title=\"Myositis, ", "Related topics");
		assertThat(page.body())
			.containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{1,2} [A-Z][a-z]+ \\d{4}</time>");
	}

	@Test
	void homeShowsTopicsNewestAndFeaturedArticles() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Browse by topic", "Newest articles", "Most useful to start with",
				"href=\"/tags/steroid-treatment\"", "href=\"/articles/when-to-get-urgent-help\"");
	}

	@Test
	void homeOffersReadingPathsForTheNewlyDiagnosedCarersAndPeopleLivingWithIt() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/").body());
		assertThat(page.select(".start-path h3")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Newly diagnosed", "Caring for someone", "Living with myositis");
		assertThat(page.select(".start-path").first().select("ol a").eachAttr("href"))
			.startsWith("/articles/what-is-autoimmune-myopathy");
		assertThat(page.select(".start-path ol a")).hasSize(15);
	}

	@Test
	void unknownPagesGetAFriendlyNotFoundPage() throws Exception {
		for (String path : new String[] { "/articles/no-such-article", "/tags/no-such-tag", "/nothing/here" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).contains("Sorry, we cannot find that page", "not medical advice")
				.doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void malformedPageNumberIsABadRequestNotAServerError() throws Exception {
		HttpResponse<String> page = get("/tags/myositis?page=abc");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Sorry, we could not handle that request");
	}

	@Test
	void everyPageCarriesSecurityHeadersAndSetsNoCookie() throws Exception {
		for (String path : new String[] { "/", "/articles/muscle-biopsy", "/search?q=biopsy", "/nothing/here" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
			assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
			assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
			assertThat(page.headers().map()).as(path).doesNotContainKey("set-cookie");
			assertThat(page.body()).doesNotContain("<script>")
				.doesNotContainPattern("<script(?![^>]*(src=|type=\"application/ld\\+json\"))");
		}
	}

	@Test
	void searchPageAndApiWork() throws Exception {
		HttpResponse<String> page = get("/search?q=trouble+swallowing");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/articles/swallowing-problems\"", "<mark>");
		HttpResponse<String> api = get("/api/search?q=trouble+swallowing");
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/json"));
		assertThat(api.body()).contains("\"slug\":\"swallowing-problems\"");
	}

	@Test
	void glossaryPagesExistForEveryLinkedTerm() throws Exception {
		assertThat(get("/glossary").body()).contains("Creatine kinase");
		org.jsoup.nodes.Document glossary = org.jsoup.Jsoup.parse(get("/glossary").body());
		List<String> jumps = glossary.select("nav.az a").eachAttr("href");
		assertThat(jumps).isNotEmpty().contains("#letter-c");
		for (String jump : jumps) {
			assertThat(glossary.getElementById(jump.substring(1))).as(jump).isNotNull();
		}
		assertThat(glossary.select("section:has(#letter-c) dt a")).extracting(org.jsoup.nodes.Element::text)
			.contains("Creatine kinase")
			.allSatisfy((term) -> assertThat(term).startsWithIgnoringCase("c"));
		assertThat(get("/glossary/creatine-kinase").statusCode()).isEqualTo(200);
		assertThat(get("/glossary/no-such-term").statusCode()).isEqualTo(404);
	}

	@Test
	void sitemapRobotsAndFeedListPublicArticles() throws Exception {
		HttpResponse<String> sitemap = get("/sitemap.xml");
		assertThat(sitemap.statusCode()).isEqualTo(200);
		assertThat(sitemap.body()).contains("<loc>http://localhost:8080/articles/muscle-biopsy</loc><lastmod>",
				"<loc>http://localhost:8080/tags/diagnosis</loc>");
		long articles = Files.list(Path.of("content/articles")).count();
		long pages = Files.list(Path.of("content/pages")).count();
		assertThat(sitemap.body().split("<url>", -1)).hasSize((int) (1 + 3 + articles + 25 + pages));
		assertThat(get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
		HttpResponse<String> feed = get("/feed.atom");
		assertThat(feed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<updated>2026-");
	}

	@Test
	void pagesHaveCanonicalLinkDescriptionAndOpenGraph() throws Exception {
		String body = get("/articles/muscle-biopsy").body();
		assertThat(body).contains("<link rel=\"canonical\" href=\"http://localhost:8080/articles/muscle-biopsy\">",
				"<meta name=\"description\"", "<meta property=\"og:type\" content=\"article\">");
	}

	@Test
	void pagesRevalidateWithEtagsAndAssetsAreFingerprinted() throws Exception {
		HttpResponse<String> page = get("/articles/muscle-biopsy");
		String etag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/muscle-biopsy"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> compressed = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/muscle-biopsy"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.headers().firstValue("ETag")).contains(etag);
		try (java.util.zip.GZIPInputStream gzip = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(compressed.body()))) {
			assertThat(new String(gzip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.as("the same page, compressed once when it was kept")
				.isEqualTo(page.body());
		}
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"")
			.matcher(page.body());
		assertThat(css.find()).as("fingerprinted stylesheet link").isTrue();
		HttpResponse<String> stylesheet = get(css.group(1));
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void appointmentSheetsHoldKeyPointsQuestionsOnceTermsNotesAndAddresses() throws Exception {
		HttpResponse<String> one = get("/articles/muscle-biopsy/print");
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("<h1>Appointment sheet</h1>", "/articles/muscle-biopsy",
				"Last checked against its sources", "Next review due", "Questions to ask your care team",
				"Words you may hear", "<h2 id=\"sheet-notes\">Notes</h2>", "When to get urgent help",
				"not medical advice");
		assertThat(get("/articles/muscle-biopsy").body()).contains("href=\"/articles/muscle-biopsy/print\"");
		assertThat(get("/articles/swallowing-problems/print").body()).contains("class=\"care care-emergency",
				"<span class=\"care-level\">Urgent:</span>");
		HttpResponse<String> several = get(
				"/print?articles=muscle-biopsy,swallowing-problems,muscle-biopsy,nothing-here");
		assertThat(several.statusCode()).isEqualTo(200);
		String body = several.body();
		assertThat(body.split("class=\"sheet-article\"", -1)).as("two articles, the repeat and the unknown left out")
			.hasSize(3);
		java.util.List<String> questions = org.jsoup.Jsoup.parse(body).select(".sheet-questions li").eachText();
		assertThat(questions).doesNotHaveDuplicates().isNotEmpty();
		assertThat(get("/print?articles=nothing-here").statusCode()).isEqualTo(404);
		HttpResponse<String> choose = get("/print");
		assertThat(choose.statusCode()).isEqualTo(200);
		assertThat(choose.body()).contains("<form action=\"/print\" method=\"get\"", "name=\"articles\"",
				"value=\"muscle-biopsy\"");
		assertThat(get("/print?articles=muscle-biopsy&articles=swallowing-problems").body()
			.split("class=\"sheet-article\"", -1)).hasSize(3);
	}

	@Test
	void aSheetNamesTheArticlesThatDoNotFitOnItAndOffersASecondSheet() throws Exception {
		List<String> eight = List.of("muscle-biopsy", "swallowing-problems", "myositis-antibodies",
				"creatine-kinase-blood-test", "emg-and-muscle-mri", "how-myositis-is-diagnosed", "heart-involvement",
				"lung-involvement");
		org.jsoup.nodes.Document sheet = org.jsoup.Jsoup
			.parse(get("/print?articles=" + String.join(",", eight)).body());
		assertThat(sheet.select(".sheet-article")).hasSize(6);
		org.jsoup.nodes.Element notice = sheet.selectFirst(".notice");
		assertThat(notice).isNotNull();
		assertThat(notice.text()).contains("You chose 8 articles. One sheet holds 6");
		assertThat(notice.select("li a")).extracting((a) -> a.attr("href"))
			.containsExactly("/articles/heart-involvement", "/articles/lung-involvement");
		assertThat(notice.select("a[href^=/print]").attr("href"))
			.isEqualTo("/print?articles=heart-involvement,lung-involvement");
		assertThat(get("/print?articles=muscle-biopsy").body()).doesNotContain("One sheet holds")
			.doesNotContain("one page");
	}

	@Test
	void everyUrgentHelpBlockListsExactlyTheEmergencySignsWrittenInContent() throws Exception {
		List<String> emergency = new java.util.ArrayList<>();
		try (var files = Files.list(Path.of("content/urgent"))) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				if (text.contains("\nlevel: emergency\n")) {
					java.util.regex.Matcher title = java.util.regex.Pattern.compile("\ntitle: \"(.+)\"\n")
						.matcher(text);
					assertThat(title.find()).isTrue();
					emergency.add(title.group(1));
				}
			}
		}
		assertThat(emergency).hasSizeGreaterThan(5);
		org.jsoup.nodes.Document article = org.jsoup.Jsoup.parse(get("/articles/muscle-biopsy").body());
		assertThat(article.select(".callout-urgent .sign-list a").eachText())
			.containsExactlyInAnyOrderElementsOf(emergency);
		assertThat(article.select(".callout-urgent .sign-list a").eachAttr("href"))
			.allMatch((href) -> href.startsWith("/articles/when-to-get-urgent-help#sign-"));
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(get("/").body());
		assertThat(home.select(".emergency-brief .sign-list a").eachText())
			.containsExactlyInAnyOrderElementsOf(emergency);
		assertThat(home.select(".callout-urgent")).as("one urgent-help block on the home page").isEmpty();
		org.jsoup.nodes.Document guide = org.jsoup.Jsoup.parse(get("/articles/when-to-get-urgent-help").body());
		for (String href : guide.select(".emergency-brief .sign-list a").eachAttr("href")) {
			assertThat(guide.getElementById(href.substring(1))).as(href + " has its card on the guide").isNotNull();
		}
		assertThat(guide.select(".callout-urgent")).as("the guide is the urgent help").isEmpty();
	}

	@Test
	void readersCanSayWhetherAPageHelpedWithoutACookieAndRobotsAreTurnedAway() throws Exception {
		HttpResponse<String> article = get("/articles/muscle-biopsy");
		assertThat(article.headers().firstValue("Set-Cookie")).isEmpty();
		org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(article.body()).selectFirst("form.helpful-form");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/articles/muscle-biopsy/feedback");
		assertThat(form.select("button[name=helpful]").eachAttr("value")).containsExactly("yes", "no");
		int before = answers();
		HttpResponse<String> yes = answer("muscle-biopsy", "helpful=yes");
		assertThat(yes.statusCode()).isEqualTo(200);
		assertThat(yes.body()).contains("<h1>Thank you</h1>");
		assertThat(yes.headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> no = answer("muscle-biopsy", "helpful=no&comment=Too+many+long+words+here.");
		assertThat(no.body()).contains("href=\"/about/report-a-problem?page=/articles/muscle-biopsy\"");
		assertThat(answers()).isEqualTo(before + 2);
		assertThat(this.jdbc.queryForList(
				"select slug || ' ' || helpful || ' ' || coalesce(comment, '-') from page_feedback order by id desc limit 2",
				String.class))
			.containsExactly("muscle-biopsy false Too many long words here.", "muscle-biopsy true -");
		assertThat(answer("muscle-biopsy", "helpful=yes&website=http://spam").body()).contains("Thank you");
		assertThat(answers()).as("the hidden field was filled in: a robot").isEqualTo(before + 2);
		HttpResponse<String> neither = answer("muscle-biopsy", "helpful=maybe&comment=Kept");
		assertThat(neither.statusCode()).isEqualTo(422);
		assertThat(neither.body()).contains("Please choose Yes or No.", ">Kept</textarea>");
		HttpResponse<String> tooLong = answer("muscle-biopsy", "helpful=no&comment=" + "a".repeat(501));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("It has 501.", "a".repeat(501));
		assertThat(answer("no-such-article", "helpful=yes").statusCode()).isEqualTo(404);
		assertThat(answers()).isEqualTo(before + 2);
	}

	private int answers() {
		Integer count = this.jdbc.queryForObject("select count(*) from page_feedback", Integer.class);
		return (count != null) ? count : 0;
	}

	private HttpResponse<String> answer(String slug, String form) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/" + slug + "/feedback"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theBodyMapLinksEveryRegionToTheArticlesThatNameIt() throws Exception {
		HttpResponse<String> map = get("/body");
		assertThat(map.statusCode()).isEqualTo(200);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(map.body());
		assertThat(page.select("svg a[href^=/body/]")).hasSize(10);
		assertThat(page.select(".bodymap-list a[href^=/body/]")).hasSize(10);
		assertThat(page.select("svg a[aria-label]")).hasSize(10)
			.allSatisfy(
					(region) -> assertThat(region.attr("aria-label")).as("the visible name is part of the link's name")
						.contains(region.text()));
		assertThat(page.select("svg a text")).extracting(org.jsoup.nodes.Element::text)
			.contains("Neck", "Throat", "Hips", "Thighs", "Upper arms");
		HttpResponse<String> lungs = get("/body/lungs");
		assertThat(lungs.statusCode()).isEqualTo(200);
		assertThat(lungs.body()).contains("<h1>Lungs</h1>", "antisynthetase syndrome, can scar the lungs",
				"href=\"/articles/antisynthetase-syndrome\"", "aria-current=\"page\"");
		assertThat(get("/body/elbows").statusCode()).isEqualTo(404);
		assertThat(get("/").body()).contains("Where do you notice weakness or other changes?", "href=\"/body/hips\"");
	}

	@Test
	void pagesCarryLastModifiedAndAnswerIfModifiedSinceWith304() throws Exception {
		HttpResponse<String> page = get("/tags/myositis");
		String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
		HttpResponse<String> same = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/tags/myositis"))
				.header("If-Modified-Since", lastModified)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(same.statusCode()).isEqualTo(304);
		assertThat(same.body()).isEmpty();
		HttpResponse<String> older = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/tags/myositis"))
				.header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(older.statusCode()).isEqualTo(200);
		assertThat(older.body()).contains("<h1>");
	}

	@Test
	void repeatPagesComeFromThePageCacheButErrorsNeverDo() throws Exception {
		get("/glossary/anti-jo-1");
		HttpResponse<String> again = get("/glossary/anti-jo-1");
		assertThat(again.headers().firstValue("X-Page-Cache")).contains("hit");
		assertThat(again.body()).contains("Jo-1");
		get("/glossary/not-a-term");
		HttpResponse<String> missing = get("/glossary/not-a-term");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("X-Page-Cache")).isEmpty();
	}

	@Test
	void articlesDescribeThemselvesAsMedicalWebPages() throws Exception {
		String body = get("/articles/muscle-biopsy").body();
		assertThat(body).contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
				+ "\"@type\":\"MedicalWebPage\"", "\"lastReviewed\":\"2026-12-06\"", "\"citation\":[{");
	}

	@Test
	void aHubListsItsNarrowerTopicsArticlesOnceWithCountsThatAgree() throws Exception {
		String hub = get("/tags/autoimmune-myopathy").body();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(hub);
		List<String> listed = page.select("main ul.cards a[href^=/articles/]").eachAttr("href");
		assertThat(listed).doesNotHaveDuplicates();
		for (String subtype : List.of("dermatomyositis-and-polymyositis", "inclusion-body-myositis",
				"immune-mediated-necrotizing-myopathy", "types-of-myositis", "juvenile-dermatomyositis",
				"antisynthetase-syndrome")) {
			assertThat(listed).contains("/articles/" + subtype);
		}
		int firstSubtype = listed.indexOf("/articles/dermatomyositis-and-polymyositis");
		assertThat(page.select("#narrower-heading ~ section ul.cards a[href^=/articles/]").eachAttr("href")).first()
			.isEqualTo("/articles/dermatomyositis-and-polymyositis");
		assertThat(firstSubtype).isPositive();
		String index = get("/tags").body();
		assertThat(index).containsPattern("href=\"/tags/autoimmune-myopathy\"[^<]*</a>[^(]*\\(" + listed.size() + " ");
		assertThat(page.select("nav.breadcrumbs a")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Home", "Topics", "Autoimmune myopathy");
		assertThat(org.jsoup.Jsoup.parse(get("/tags/dermatomyositis").body()).select("nav.breadcrumbs a"))
			.extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Home", "Topics", "Autoimmune myopathy", "Dermatomyositis");
	}

	@Test
	void healthIsReported() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
		for (String hidden : List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
				"/actuator")) {
			HttpResponse<String> answer = get(hidden);
			assertThat(answer.statusCode()).as(hidden + " is for signed-in editors").isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(hidden + ": a path, no host from the request")
				.hasValue("/editor/login");
			assertThat(answer.body()).doesNotContain("jvm", "java");
		}
	}

	@Test
	void behindAnHttpsProxyPagesAreSecureAndSayTheirAddress() throws Exception {
		HttpResponse<String> plain = get("/articles/muscle-biopsy");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		HttpResponse<String> proxied = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/muscle-biopsy"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.5")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as("HSTS over HTTPS")
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age="));
	}

	@Test
	void theUrgentHelpGuideListsEveryUrgentSignOnceByLevelMostUrgentFirst() throws Exception {
		String page = get("/articles/when-to-get-urgent-help").body();
		int emergency = page.indexOf("<h2 id=\"emergency-signs\">");
		int urgent = page.indexOf("<h2 id=\"urgent-signs\">");
		int routine = page.indexOf("<h2 id=\"routine-signs\">");
		assertThat(emergency).isPositive().isLessThan(urgent);
		assertThat(urgent).isLessThan(routine);
		String card = "<span class=\"care-level\">Emergency:</span> Possible adrenal crisis";
		int adrenal = page.indexOf(card);
		assertThat(adrenal).as("adrenal crisis is an emergency").isBetween(emergency, urgent);
		assertThat(page.indexOf("Possible adrenal crisis", adrenal + card.length())).as("one card").isNegative();
		int brief = page.indexOf("class=\"emergency-brief\"");
		assertThat(brief).as("the emergency signs in brief come first").isPositive().isLessThan(emergency);
		assertThat(page.substring(brief, emergency)).as("linked to their cards on the page")
			.contains("<a href=\"#sign-adrenal-crisis\">Possible adrenal crisis</a>");
		assertThat(page).contains("id=\"sign-adrenal-crisis\"");
		assertThat(page).contains("<a href=\"tel:999\">999</a>", "<a href=\"tel:911\">911</a>",
				"<a href=\"tel:111\">NHS 111</a>", "Sources: <a href=");
	}

	@Test
	void articlesCiteTheirSourcesAndSayHonestlyWhetherTheyHaveHadAClinicalReview() throws Exception {
		String page = get("/articles/steroid-treatment-for-myositis").body();
		assertThat(page).contains("<sup class=\"cite\">[<a href=\"#ref-1\">", "<li id=\"ref-1\">",
				"Last checked against its sources <time datetime=\"2026-12-06\">6 December 2026</time>",
				"This article has not yet had a clinical review by a health professional.",
				"href=\"/about/how-we-write-and-check\"",
				"href=\"/about/report-a-problem?page=/articles/steroid-treatment-for-myositis\"");
		assertThat(page).doesNotContain("Reviewed <time");
	}

	@Test
	void pagesAboutTheSiteAreServedListedAndLinkedFromEveryFooter() throws Exception {
		HttpResponse<String> page = get("/about/how-we-write-and-check");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>How we write and check our information</h1>", "Clinical review",
				"href=\"/about/report-a-problem\"");
		assertThat(get("/about/no-such-page").statusCode()).isEqualTo(404);
		assertThat(get("/sitemap.xml").body()).contains("/about/how-we-write-and-check</loc>");
		assertThat(get("/glossary").body()).contains("href=\"/about/how-we-write-and-check\"",
				"href=\"/about/report-a-problem\"");
	}

	@Test
	void readersCanReportAProblemWithoutACookieAndRobotsAndFloodsAreTurnedAway() throws Exception {
		HttpResponse<String> form = get("/about/report-a-problem?page=/articles/muscle-biopsy");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(form.body()).contains("value=\"/articles/muscle-biopsy\"", "name=\"website\"");
		int before = count();
		HttpResponse<String> sent = report(
				"page=/articles/muscle-biopsy&message=The+dressing+advice+seems+out+of+date.");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("<h1>Thank you</h1>");
		assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(count()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select page from reader_report order by id desc limit 1", String.class))
			.isEqualTo("/articles/muscle-biopsy");
		assertThat(report("message=Buy+cheap+things+now+please&website=http://spam").body()).contains("Thank you");
		assertThat(count()).as("the hidden field was filled in: a robot").isEqualTo(before + 1);
		assertThat(report("message=short").statusCode()).isEqualTo(422);
		assertThat(report("page=javascript:alert(1)&message=A+long+enough+message+here").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select page from reader_report order by id desc limit 1", String.class))
			.as("only paths on this site are kept")
			.isNull();
		int status = 200;
		for (int i = 0; i < 5 && status == 200; i++) {
			status = report("message=Another+report+number+" + i).statusCode();
		}
		assertThat(status).as("more than 5 an hour from one address").isEqualTo(429);
	}

	private int count() {
		Integer count = this.jdbc.queryForObject("select count(*) from reader_report", Integer.class);
		return (count != null) ? count : 0;
	}

	private HttpResponse<String> report(String form) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/about/report-a-problem"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void datesAreWrittenOneWayForEveryReader() throws Exception {
		HttpResponse<String> german = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/search?q=steroid+card"))
				.header("Accept-Language", "de-DE")
				.build(), HttpResponse.BodyHandlers.ofString());
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(german.body());
		assertThat(page.select("time[datetime]")).isNotEmpty().allSatisfy((time) -> {
			java.time.LocalDate day = java.time.LocalDate.parse(time.attr("datetime"));
			assertThat(time.text()).isEqualTo(day.getDayOfMonth() + " "
					+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
					+ day.getYear());
		});
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
