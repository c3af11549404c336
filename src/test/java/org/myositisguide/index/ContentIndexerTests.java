package org.myositisguide.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myositisguide.search.SearchHit;
import org.myositisguide.search.SearchService;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index against a real PostgreSQL, built from a temporary copy of the fixtures.
 * Search by meaning is off here: its vectors and related-by-meaning lists are written by
 * a background thread after each run, which would race these assertions about the word
 * index and the topic-based related lists. {@code SearchServiceTests} covers meaning
 * against the shipped site, after it has settled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "site.watch=false", "site.meaning.enabled=false" })
class ContentIndexerTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
	}

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IndexState state;

	@Autowired
	private org.springframework.context.support.AbstractApplicationContext events;

	@BeforeEach
	void resetContent() throws IOException {
		TestFiles.resetFixtures(CONTENT);
		this.indexer.reindex();
	}

	@Test
	void indexesArticlesTagsGlossarySynonymsAndLinks() {
		assertThat(slugs("select slug from article order by slug")).containsExactly("alpha", "beta", "delta", "gamma");
		assertThat(slugs("select slug from tag order by slug")).containsExactly("diagnosis", "myositis",
				"steroid-treatment");
		assertThat(slugs("select t.slug from article_tag at join tag t on t.id = at.tag_id "
				+ "join article a on a.id = at.article_id where a.slug = 'alpha' order by at.position"))
			.containsExactly("myositis", "steroid-treatment");
		assertThat(this.jdbc.queryForObject("select count(*) from synonym", Integer.class)).isEqualTo(3);
		assertThat(slugs("select alias from article_alias")).containsExactly("old-alpha");
		assertThat(this.jdbc.queryForObject("select body_html from article where slug = 'alpha'", String.class))
			.contains("id=\"what-steroids-do\"")
			.doesNotContain("<script");
		assertThat(this.jdbc.queryForObject(
				"select word_count > 0 and reading_minutes = 1 from article " + "where slug = 'alpha'", Boolean.class))
			.isTrue();
	}

	@Test
	void relatedArticlesPreferSharedTagsAndAreStable() {
		List<String> related = slugs("select r.slug from related_article ra join article a on a.id = ra.article_id "
				+ "join article r on r.id = ra.related_id where a.slug = 'alpha' order by ra.rank");
		assertThat(related).first().as("delta shares both tags with alpha").isEqualTo("delta");
		assertThat(related).containsExactlyInAnyOrder("delta", "beta", "gamma");
		this.indexer.reindex();
		assertThat(slugs("select r.slug from related_article ra join article a on a.id = ra.article_id "
				+ "join article r on r.id = ra.related_id where a.slug = 'alpha' order by ra.rank"))
			.isEqualTo(related);
	}

	@Test
	void unchangedFilesAreNotRenderedAgain() {
		ContentIndexer.IndexReport report = this.indexer.reindex();
		assertThat(report.articles()).isEqualTo(4);
		assertThat(report.rendered()).isZero();
	}

	@Test
	void aBrokenSaveKeepsTheLastGoodVersionAndRecordsTheProblem() throws IOException {
		Path beta = CONTENT.resolve("articles/beta.md");
		Files.writeString(beta,
				Files.readString(beta)
					.replace("tags: [myositis]", "tags: [no-such-tag]")
					.replace("Rest when you need to.", "New text that must not appear."));
		ContentIndexer.IndexReport report = this.indexer.reindex();
		assertThat(report.errors())
			.as(this.jdbc.queryForList("select message from content_problem", String.class).toString())
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select body_html from article where slug = 'beta'", String.class))
			.contains("Rest when you need to.");
		assertThat(this.jdbc.queryForObject("select message from content_problem where path like '%beta.md'",
				String.class))
			.isEqualTo("unknown tag 'no-such-tag': there is no file tags/no-such-tag.md");
	}

	@Test
	void aChangedFileIsRenderedAgainAndADeletedOneLeavesTheIndex() throws IOException {
		Path beta = CONTENT.resolve("articles/beta.md");
		Files.writeString(beta, Files.readString(beta).replace("Rest when you need to.", "Pace yourself."));
		Files.delete(CONTENT.resolve("articles/gamma.md"));
		ContentIndexer.IndexReport report = this.indexer.reindex();
		assertThat(report.rendered()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select body_html from article where slug = 'beta'", String.class))
			.contains("Pace yourself.");
		assertThat(slugs("select slug from article order by slug")).containsExactly("alpha", "beta", "delta");
	}

	private List<String> slugs(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

	@Test
	void aSmallChangeAdjustsTheSearchStatisticsToWhatAFullCountGives() throws IOException {
		Path beta = CONTENT.resolve("articles/beta.md");
		Files.writeString(beta, Files.readString(beta).replace("status: published", "status: draft"));
		Path alpha = CONTENT.resolve("articles/alpha.md");
		Files.writeString(alpha,
				Files.readString(alpha).replace("Most people take them for months.", "Zygomatic quartzite words."));
		Files.delete(CONTENT.resolve("articles/delta.md"));
		this.indexer.reindex();
		List<String> incremental = terms();
		assertThat(incremental).anyMatch((t) -> t.startsWith("quartzit:"));
		this.jdbc.update("delete from search_term");
		this.indexer.reindex();
		assertThat(terms()).isEqualTo(incremental);
	}

	@Test
	void noSearchIndexIsLeftWithPendingEntriesAfterATopicChangeRewritesTheSearchData() throws IOException {
		Path tag = CONTENT.resolve("tags/diagnosis.md");
		Files.writeString(tag, Files.readString(tag).replace("name: Diagnosis", "name: Diagnosis and tests"));
		this.indexer.reindex();
		// Cleaning the pending lists again finds nothing to move: every search would
		// otherwise read them.
		assertThat(this.jdbc.queryForObject(
				"""
								select sum(gin_clean_pending_list(c.oid)) from pg_class c join pg_index i on i.indexrelid = c.oid
								join pg_am am on am.oid = c.relam where am.amname = 'gin'
						and i.indrelid in ('article_search'::regclass, 'search_vocabulary'::regclass)""",
				Long.class))
			.isZero();
	}

	@Test
	void relatedListsAreComputedAgainOnlyWhenTheirInputsChange() throws IOException {
		List<String> before = related();
		this.jdbc.update("update related_article set score = -1");
		Path alpha = CONTENT.resolve("articles/alpha.md");
		Files.writeString(alpha, Files.readString(alpha).replace("Most people take them", "People take them"));
		this.indexer.reindex();
		assertThat(this.jdbc.queryForList("select distinct score from related_article", Double.class))
			.as("a body-only change leaves related lists alone")
			.containsExactly(-1.0);
		Files.writeString(alpha, Files.readString(alpha)
			.replace("title: \"Alpha: Steroids for Myositis\"", "title: \"Alpha: Steroid Treatment\""));
		this.indexer.reindex();
		assertThat(this.jdbc.queryForList("select distinct score from related_article", Double.class))
			.doesNotContain(-1.0);
		assertThat(related()).hasSameSizeAs(before);
	}

	@Test
	void searchResultsKeptInMemoryGiveWayToANewIndex(@Autowired SearchService search) throws IOException {
		assertThat(search.search("quartzite", 1).total()).isZero();
		Path alpha = CONTENT.resolve("articles/alpha.md");
		Files.writeString(alpha, Files.readString(alpha)
			.replace("Most people take them for months.", "Quartzite is a rock, not a medicine."));
		this.indexer.reindex();
		assertThat(search.search("quartzite", 1).results()).extracting(SearchHit::slug).containsExactly("alpha");
		assertThat(search.search("quartzite", 1).results().get(0).snippet()).contains("<mark>Quartzite</mark>");
	}

	private List<String> terms() {
		return this.jdbc.queryForList("select lexeme || ':' || ndoc || ':' || own_ndoc from search_term order by 1",
				String.class);
	}

	private List<String> related() {
		return this.jdbc.queryForList("select article_id || '>' || related_id from related_article order by 1",
				String.class);
	}

	@Test
	void aRunAnnouncesExactlyWhatItChangedAndNothingWhenNothingChanged() throws IOException {
		List<IndexChange> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.events.addApplicationListener(
				(org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<IndexChange>>) (
						event) -> heard.add(event.getPayload()));
		long before = this.state.version();
		this.indexer.reindex();
		assertThat(this.state.version()).as("nothing changed: no new version").isEqualTo(before);
		assertThat(heard).isEmpty();
		Path beta = CONTENT.resolve("articles/beta.md");
		java.nio.file.Files.writeString(beta,
				java.nio.file.Files.readString(beta).replace("Rest when you need to.", "Rest when you can."));
		this.indexer.reindex();
		assertThat(this.state.version()).isEqualTo(before + 1);
		assertThat(heard).hasSize(1);
		IndexChange change = heard.get(0);
		assertThat(change.everything()).isFalse();
		assertThat(change.articles()).containsExactly("beta");
		assertThat(change.topics()).isEqualTo(java.util.Set
			.copyOf(slugs("select t.slug from article_tag at join tag t on t.id = at.tag_id join article a "
					+ "on a.id = at.article_id where a.slug = 'beta'")));
		Path term = CONTENT.resolve("glossary/creatine-kinase.md");
		java.nio.file.Files.writeString(term,
				java.nio.file.Files.readString(term).replace("definition: ", "definition: Changed: "));
		this.indexer.reindex();
		assertThat(heard).hasSize(2);
		assertThat(heard.get(1).everything()).as("a glossary change touches every page").isTrue();
	}

	@Test
	void announcementsCarryTheChangeToOtherInstances() {
		IndexChange change = new IndexChange(7, false, java.util.Set.of("alpha", "beta"), java.util.Set.of("myositis"),
				java.util.Set.of());
		assertThat(IndexEvents.change(IndexEvents.payload(change))).isEqualTo(change);
		assertThat(IndexEvents.change(IndexEvents.payload(IndexChange.everything(8))))
			.isEqualTo(IndexChange.everything(8));
		java.util.Set<String> many = new java.util.TreeSet<>();
		for (int i = 0; i < 2000; i++) {
			many.add("article-number-" + i);
		}
		IndexChange large = new IndexChange(9, false, many, java.util.Set.of(), java.util.Set.of());
		assertThat(IndexEvents.change(IndexEvents.payload(large))).as("too long for one NOTIFY: everything")
			.isEqualTo(IndexChange.everything(9));
	}

}
