package org.myositisguide.search;

import org.myositisguide.support.ShippedSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search behaviour over the shipped content, on a real PostgreSQL.
 */
class SearchServiceTests extends ShippedSite {

	@Autowired
	private SearchService search;

	@Autowired
	private JdbcTemplate jdbc;

	private List<String> slugs(String query) {
		return this.search.search(query, 1).results().stream().map(SearchHit::slug).toList();
	}

	@Test
	void layWordsFindTheMedicalArticle() {
		assertThat(slugs("food gets stuck when i eat")).first().isEqualTo("swallowing-problems");
		assertThat(slugs("CPK")).first().isEqualTo("creatine-kinase-blood-test");
	}

	@Test
	void misspellingsAreCorrectedFromTheVocabulary() {
		SearchResults results = this.search.search("azathioprinne", 1);
		assertThat(results.searchedFor()).isEqualTo("azathioprine");
		assertThat(results.results()).extracting(SearchHit::slug).contains("methotrexate-and-steroid-sparing-drugs");
	}

	@Test
	void aKnownMisspellingStillOffersTheRightWord() {
		SearchResults results = this.search.search("dermatomiositis", 1);
		assertThat(results.total()).isPositive();
		assertThat(results.suggestion()).isEqualTo("dermatomyositis");
	}

	@Test
	void queriesAboutOtherThingsFindNothing() {
		assertThat(slugs("kidney stone pain")).isEmpty();
		assertThat(slugs("cheap flights to spain")).isEmpty();
	}

	@Test
	void quotedPhrasesMustMatchAndMinusWordsMustNot() {
		assertThat(slugs("\"moon face\"")).containsExactlyInAnyOrder("managing-steroid-side-effects",
				"steroid-emergency-card-and-sick-day-rules");
		assertThat(slugs("prednisone")).contains("managing-steroid-side-effects");
		assertThat(slugs("prednisone -moon")).doesNotContain("managing-steroid-side-effects");
	}

	@Test
	void snippetsAreEscapedAndHighlightTheMatch() {
		SearchHit hit = this.search.search("trouble swallowing", 1).results().get(0);
		assertThat(hit.snippet()).contains("<mark>").doesNotContain("<script");
		assertThat(hit.url()).isEqualTo("/articles/" + hit.slug());
		assertThat(hit.tags()).isNotEmpty();
	}

	@Test
	void aGlossaryTermInTheQueryBringsItsDefinition() {
		GlossaryHit glossary = this.search.search("how often should ck be checked", 1).glossary();
		assertThat(glossary).isNotNull();
		assertThat(glossary.slug()).isEqualTo("creatine-kinase");
	}

	@Test
	void hostileAndEmptyQueriesGiveEmptyResultsNotErrors() {
		for (String query : new String[] { "", "   ", "&&&", "!!! ||| <-> :*", "'; drop table article; --",
				"<script>alert(1)</script>", "\u0000\u0001", "\"", "-", "a".repeat(5000) }) {
			SearchResults results = this.search.search(query, 1);
			assertThat(results.query().length()).isLessThanOrEqualTo(200);
		}
		this.search.search("'; drop table article; --", 1);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class))
			.as("the query is words to look for, never SQL")
			.isPositive();
		assertThat(slugs("trouble swallowing")).isNotEmpty();
	}

	@Test
	void resultsArePagedTenAtATime() {
		SearchResults first = this.search.search("myositis", 1);
		assertThat(first.total()).isGreaterThan(10);
		assertThat(first.results()).hasSize(10);
		SearchResults second = this.search.search("myositis", 2);
		assertThat(second.results()).doesNotContainAnyElementsOf(first.results());
		assertThat(this.search.search("myositis", -3).page()).isEqualTo(1);
	}

	@Test
	void snippetWordsAreStemmedExactlyAsPostgresqlStemsThem() {
		List<String[]> stems = this.jdbc.query("""
				select w, (ts_lexize('english_stem', unaccent(w)))[1] from (select distinct lower(w) as w
				  from article, regexp_split_to_table(plain_text, '[^[:alnum:]]+') w) words
				where w <> '' and cardinality(ts_lexize('english_stem', unaccent(w))) > 0""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) });
		assertThat(stems).hasSizeGreaterThan(1000);
		assertThat(stems).allSatisfy((stem) -> assertThat(Snippets.lexeme(stem[0])).as(stem[0]).isEqualTo(stem[1]));
	}

	@Test
	void manySearchesAtOnceEachGetTheirOwnAnswer() throws Exception {
		List<String> queries = List.of("trouble swallowing", "purple rash eyelids", "dermatomiositis", "ck test",
				"prednisone moon face", "cant get up from a chair", "x-ray of the chest", "kidney stone pain");
		Map<String, List<String>> expected = new HashMap<>();
		queries.forEach((q) -> expected.put(q, slugs(q)));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				String query = queries.get(i % queries.size());
				answers.add(pool.submit(() -> slugs(query).equals(expected.get(query))));
			}
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void suggestionsComeFromTitlesTopicsAndGlossary() {
		assertThat(this.search.suggest("ster")).extracting(SearchRepository.Suggestion::url)
			.contains("/tags/steroid-treatment", "/articles/steroid-treatment-for-myositis");
		assertThat(this.search.suggest("s")).isEmpty();
	}

}
