package org.myositisguide.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myositisguide.editor.EditorSecurity;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@Import({ EditorSecurity.class })
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SiteSettings site;

	@MockitoBean
	private SearchService search;

	private static SearchResults results(String query) {
		return new SearchResults(query, 1, 1, 1,
				List.of(new SearchHit("swallowing-problems", "Swallowing problems",
						"/articles/swallowing-problems#signs-to-look-out-for", "Signs to look out for",
						"food <mark>sticks</mark> &lt;b&gt;", List.of("Swallowing"), LocalDate.of(2026, 2, 1))),
				"dysphagia", new GlossaryHit("dysphagia", "Dysphagia", null, "Trouble swallowing food or drink."),
				new TopicHit("Swallowing", "/tags/swallowing"),
				new BestAnswer("Swallowing problems", "/articles/swallowing-problems#signs-to-look-out-for",
						"Signs to look out for", "food <mark>sticks</mark>",
						List.of("<aside class=\"care care-urgent\">card</aside>")),
				true, null);
	}

	@org.junit.jupiter.api.BeforeEach
	void siteText() {
		given(this.site.current()).willReturn(org.myositisguide.content.SiteInfo.DEFAULT);
	}

	@Test
	void resultsPageEchoesTheQuerySafelyWithAnswerCorrectionTopicAndDefinition() throws Exception {
		given(this.search.search("<b>food</b>", 1)).willReturn(results("<b>food</b>"));
		this.mvc.perform(get("/search").param("q", "<b>food</b>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Search results for <q>&lt;b&gt;food&lt;/b&gt;</q>")))
			.andExpect(content().string(containsString("value=\"&lt;b&gt;food&lt;/b&gt;\"")))
			.andExpect(content().string(containsString("food <mark>sticks</mark> &lt;b&gt;")))
			.andExpect(content().string(containsString("Showing results for <strong>dysphagia</strong>")))
			.andExpect(content().string(containsString("<h2 id=\"best-answer-heading\">Best answer</h2>")))
			.andExpect(content().string(containsString("<aside class=\"care care-urgent\">card</aside>")))
			.andExpect(content().string(containsString("<p class=\"result-section\">Signs to look out for</p>")))
			.andExpect(content().string(containsString("href=\"/tags/swallowing\">All articles about Swallowing")))
			.andExpect(content().string(containsString("Trouble swallowing food or drink.")))
			.andExpect(content().string(containsString("1 article found")))
			.andExpect(content().string(not(containsString("<b>food"))));
	}

	@Test
	void noResultsPageOffersHelpAndUrgentGuidance() throws Exception {
		given(this.search.search("kidney stone", 1)).willReturn(SearchResults.empty("kidney stone"));
		this.mvc.perform(get("/search").param("q", "kidney stone"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We could not find a good match")))
			.andExpect(content().string(containsString("href=\"/tags\"")))
			.andExpect(content().string(containsString("When to get urgent help")));
	}

	@Test
	void aQueryAboutAnotherConditionIsToldWhatTheGuideCovers() throws Exception {
		given(this.search.search("restless legs at night", 1)).willReturn(new SearchResults("restless legs at night", 0,
				1, 0, List.of(), null, null, null, null, true, "restless legs"));
		this.mvc.perform(get("/search").param("q", "restless legs at night"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It does not cover <strong>restless legs</strong>")))
			.andExpect(content().string(containsString("We could not find a good match")));
		given(this.search.search("kidney stone", 1)).willReturn(SearchResults.empty("kidney stone"));
		this.mvc.perform(get("/search").param("q", "kidney stone"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("It does not cover"))));
	}

	@Test
	void jsonApiGivesTheSameResults() throws Exception {
		given(this.search.search("food", 2)).willReturn(results("food"));
		this.mvc.perform(get("/api/search").param("q", "food").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("food"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.results[0].slug").value("swallowing-problems"))
			.andExpect(jsonPath("$.results[0].url").value("/articles/swallowing-problems#signs-to-look-out-for"))
			.andExpect(jsonPath("$.results[0].section").value("Signs to look out for"))
			.andExpect(jsonPath("$.meaning").value(true))
			.andExpect(jsonPath("$.results[0].tags[0]").value("Swallowing"))
			.andExpect(jsonPath("$.suggestion").value("dysphagia"));
	}

	@Test
	void databaseOutageGivesAFriendly503PageAndJsonError() throws Exception {
		given(this.search.search("ck", 1))
			.willThrow(new org.springframework.dao.DataAccessResourceFailureException("connection refused"));
		this.mvc.perform(get("/search").param("q", "ck"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Please try again in a moment")))
			.andExpect(content().string(not(containsString("connection refused"))));
		this.mvc.perform(get("/api/search").param("q", "ck"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(content().string(not(containsString("connection refused"))));
	}

	@Test
	void jsonSuggestionIsNullWhenThereIsNone() throws Exception {
		given(this.search.search("x", 1)).willReturn(SearchResults.empty("x"));
		this.mvc.perform(get("/api/search").param("q", "x"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion").value(nullValue()));
	}

}
