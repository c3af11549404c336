package org.myositisguide.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myositisguide.editor.EditorSecurity;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.web.JsonLd;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ArticleController.class)
@Import({ ArticleStructuredData.class, JsonLd.class, EditorSecurity.class })
class ArticleControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SiteSettings site;

	@MockitoBean
	private ArticlePages pages;

	@org.junit.jupiter.api.BeforeEach
	void siteText() {
		given(this.site.current()).willReturn(org.myositisguide.content.SiteInfo.DEFAULT);
	}

	@Test
	void showsTheArticleWithDatesTagsTocReferencesAndRelatedList() throws Exception {
		given(this.pages.find("steroids")).willReturn(Optional.of(page()));
		this.mvc.perform(get("/articles/steroids"))
			.andExpect(status().isOk())
			.andExpect(view().name("article/show"))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("<h1>Steroids for Myositis</h1>"),
					org.hamcrest.Matchers
						.containsString("Published <time datetime=\"2025-11-07\">7 November 2025</time>"),
					org.hamcrest.Matchers
						.containsString("Next review due <time datetime=\"2027-10-01\">1 October 2027</time>"),
					org.hamcrest.Matchers.containsString(
							"Last checked against its sources <time datetime=\"2026-10-01\">1 October 2026"),
					org.hamcrest.Matchers
						.containsString("This article has not yet had a clinical review by a health professional."),
					org.hamcrest.Matchers.containsString("href=\"/tags/steroid-treatment\""),
					org.hamcrest.Matchers.containsString("On this page"),
					org.hamcrest.Matchers.containsString("href=\"https://doi.org/10.1093/rheumatology/keac115\""),
					org.hamcrest.Matchers.containsString("href=\"/articles/exercise\""),
					org.hamcrest.Matchers.containsString("When to get urgent help"),
					org.hamcrest.Matchers.containsString("not medical advice"),
					org.hamcrest.Matchers.containsString("\"@type\":\"MedicalWebPage\""),
					org.hamcrest.Matchers.containsString("\"lastReviewed\":\"2026-10-01\""),
					org.hamcrest.Matchers.containsString("\"audienceType\":\"Patient\""))));
	}

	@Test
	void unknownSlugGivesNotFound() throws Exception {
		given(this.pages.find("nope")).willReturn(Optional.empty());
		given(this.pages.findRedirect("nope")).willReturn(Optional.empty());
		this.mvc.perform(get("/articles/nope")).andExpect(status().isNotFound());
	}

	@Test
	void oldSlugRedirectsPermanently() throws Exception {
		given(this.pages.find("old")).willReturn(Optional.empty());
		given(this.pages.findRedirect("old")).willReturn(Optional.of("steroids"));
		this.mvc.perform(get("/articles/old"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/steroids"));
	}

	private static ArticlePage page() {
		List<ArticlePage.TocEntry> toc = List.of(new ArticlePage.TocEntry(2, "a", "A"),
				new ArticlePage.TocEntry(2, "b", "B"), new ArticlePage.TocEntry(3, "c", "C"));
		return new ArticlePage("steroids", "Steroids for Myositis", "Steroids for Myositis", "Summary.",
				LocalDate.of(2025, 11, 7), null, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1), 6,
				List.of(new TagLink("steroid-treatment", "Steroid treatment", "the first-line therapy")), toc,
				org.myositisguide.web.LeadParagraph.of("<h2 id=\"a\">A</h2><p>Body</p>"),
				List.of(new ArticlePage.ReferenceView("BSR guideline", "Rheumatology", 2022,
						"https://doi.org/10.1093/rheumatology/keac115")),
				List.of(new ArticleCard("exercise", "Exercise", "Move safely.", LocalDate.of(2026, 1, 1), 5)),
				List.of("Point."), List.of("Question?"), List.of(), null);
	}

}
