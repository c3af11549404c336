package org.myositisguide.tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.TagLink;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.editor.EditorSecurity;
import org.myositisguide.web.JsonLd;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebMvcTest(TagController.class)
@Import({ TagStructuredData.class, JsonLd.class, EditorSecurity.class })
class TagControllerTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@MockitoBean
	private SiteSettings site;

	@MockitoBean
	private TagPages pages;

	@org.junit.jupiter.api.BeforeEach
	void siteText() {
		given(this.site.current()).willReturn(org.myositisguide.content.SiteInfo.DEFAULT);
	}

	@Test
	void topicPageDescribesItselfAsACollectionOfItsArticles() throws Exception {
		given(this.pages.find("steroid-treatment", 1)).willReturn(Optional.of(tag("Steroid Treatment", 1)));
		JsonNode data = structuredData("/tags/steroid-treatment");
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("CollectionPage");
		assertThat(data.get("name").asString()).isEqualTo("Steroid Treatment");
		assertThat(data.get("description").asString())
			.isEqualTo("Steroid treatment, the first-line therapy that calms the immune system.");
		assertThat(data.get("url").asString()).isEqualTo(BASE + "/tags/steroid-treatment");
		assertThat(data.at("/isPartOf/@type").asString()).isEqualTo("WebSite");
		assertThat(data.at("/isPartOf/url").asString()).isEqualTo(BASE + "/");
		JsonNode list = data.get("mainEntity");
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		assertThat(list.get("itemListElement")).hasSize(2);
		JsonNode first = list.get("itemListElement").get(0);
		assertThat(first.get("@type").asString()).isEqualTo("ListItem");
		assertThat(first.get("position").asInt()).isEqualTo(1);
		assertThat(first.get("url").asString()).isEqualTo(BASE + "/articles/prednisone");
		assertThat(first.get("name").asString()).isEqualTo("Prednisone basics");
		assertThat(list.at("/itemListElement/1/position").asInt()).isEqualTo(2);
	}

	@Test
	void aTopicShowsItsPathAndItsNarrowerTopicsArticlesInGroups() throws Exception {
		given(this.pages.find("steroid-treatment", 1)).willReturn(Optional.of(tag("Steroid Treatment", 1)));
		Document page = Jsoup
			.parse(this.mvc.perform(get("/tags/steroid-treatment")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("nav.breadcrumbs a")).extracting(Element::text)
			.containsExactly("Home", "Topics", "Treatment", "Steroid treatment");
		assertThat(page.selectFirst("nav.breadcrumbs a[aria-current=page]").attr("href"))
			.isEqualTo("/tags/steroid-treatment");
		assertThat(page.selectFirst("#narrower-heading").text()).isEqualTo("More in its narrower topics (13)");
		assertThat(page.selectFirst("#narrower-0").text()).isEqualTo("Prednisolone (12)");
		assertThat(page.select("a[href=/tags/prednisolone]")).extracting(Element::text)
			.contains("All 12 in Prednisolone");
		assertThat(page.select("a[href=/articles/pred-dose]")).isNotEmpty();
	}

	@Test
	void aHubOpensWithItsFirstParagraphThenTheArticleToStartWithThenItsList() throws Exception {
		given(this.pages.find("steroids", 1))
			.willReturn(Optional.of(tag("Steroid Treatment", 1, new ArticleCard("steroids-first",
					"Steroids: where to start", "Start here.", LocalDate.of(2025, 1, 1), 6))));
		String html = this.mvc.perform(get("/tags/steroids")).andReturn().getResponse().getContentAsString();
		int intro = html.indexOf("<p>Intro.</p>");
		int start = html.indexOf("href=\"/articles/steroids-first\"");
		int list = html.indexOf("href=\"/articles/prednisone\"");
		int rest = html.indexOf("<p>Later.</p>");
		assertThat(intro).isPositive().isLessThan(start);
		assertThat(start).isLessThan(list);
		assertThat(list).as("the rest of the intro follows the list").isLessThan(rest);
		assertThat(Jsoup.parse(html).selectFirst("#start-here-heading").text()).isEqualTo("Start here");
		assertThat(structuredData("/tags/steroids").at("/mainEntity/itemListElement/0/url").asString())
			.endsWith("/articles/steroids-first");
	}

	@Test
	void positionsContinueOnLaterPages() throws Exception {
		given(this.pages.find("steroid-treatment", 2)).willReturn(Optional.of(tag("Steroid Treatment", 2)));
		JsonNode data = structuredData("/tags/steroid-treatment?page=2");
		assertThat(data.get("url").asString()).isEqualTo(BASE + "/tags/steroid-treatment?page=2");
		assertThat(data.at("/mainEntity/itemListElement/0/position").asInt()).isEqualTo(21);
	}

	@Test
	void aTitleCannotEndTheScriptElement() throws Exception {
		String hostile = "Steroids</script><script>alert(1)</script><!--";
		given(this.pages.find("steroid-treatment", 1)).willReturn(Optional.of(tag(hostile, 1)));
		String html = this.mvc.perform(get("/tags/steroid-treatment")).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("script:not([src])")).hasSize(1);
		String script = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(script).doesNotContain("<");
		assertThat(this.json.readTree(script).get("name").asString()).isEqualTo(hostile);
	}

	private JsonNode structuredData(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		Element script = Jsoup.parse(html).selectFirst("head script[type=application/ld+json]");
		assertThat(script).as("JSON-LD on " + path).isNotNull();
		return this.json.readTree(script.data());
	}

	private static TagPage tag(String title, int page) {
		return tag(title, page, null);
	}

	private static TagPage tag(String title, int page, ArticleCard startHere) {
		return new TagPage("steroid-treatment", "Steroid treatment", title,
				"the first-line therapy that calms the " + "immune system",
				org.myositisguide.web.LeadParagraph.of("<p>Intro.</p><h2>More</h2><p>Later.</p>"), startHere,
				List.of(new ArticleCard("prednisone", "Prednisone basics", "What it does.", LocalDate.of(2026, 2, 1),
						5), new ArticleCard("tapering", "Tapering steroids", "Slowly.", LocalDate.of(2026, 1, 1), 4)),
				22, page, 2, 20, List.of(), List.of(new TagLink("treatment", "Treatment", "what helps")),
				List.of(new NarrowerGroup(new TagLink("prednisolone", "Prednisolone", "a steroid"), List
					.of(new ArticleCard("pred-dose", "Prednisolone doses", "How much.", LocalDate.of(2026, 3, 1), 3)),
						12)),
				35);
	}

}
