package org.myositisguide.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myositisguide.index.ContentIndexer;
import org.myositisguide.search.SearchService;
import org.myositisguide.support.TestDatabase;
import org.myositisguide.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor area against real PostgreSQL and a temporary content folder: sign-in and
 * throttling, the dashboard, previews, saves (valid, invalid, conflicting, failing),
 * revisions, new articles, marking checked, clinical reviews, and that anonymous users
 * reach nothing.
 */
@SpringBootTest(properties = "site.watch=false")
@AutoConfigureMockMvc
class EditorTests {

	private static final Path CONTENT = TestFiles.copyOfFixtures();

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private EditorAccounts accounts;

	@MockitoSpyBean
	private AtomicFiles files;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("site.content-dir", CONTENT::toString);
	}

	@BeforeEach
	void freshContent() throws IOException {
		TestFiles.resetFixtures(CONTENT);
		this.jdbc.update("delete from content_revision");
		this.jdbc.update("delete from search_stat");
		this.jdbc.update("delete from clinical_review");
		this.jdbc.update("delete from pending_change");
		this.indexer.reindex();
	}

	@Test
	void anonymousUsersReachNoEditorPageAndNoEditorAction() throws Exception {
		String before = read("alpha");
		for (String url : new String[] { "/editor", "/editor/", "/editor/articles/alpha/edit",
				"/editor/articles/alpha/preview", "/editor/articles/alpha/revisions", "/editor/revisions/1",
				"/editor/new", "/editor/anything" }) {
			this.mvc.perform(get(url))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", endsWith("/editor/login")));
		}
		for (String url : new String[] { "/editor/articles/alpha", "/editor/articles/alpha/checked", "/editor/reindex",
				"/editor/new", "/editor/revisions/1/restore" }) {
			this.mvc.perform(post(url).param("frontMatter", "title: x").param("body", "gone").with(csrf()))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", endsWith("/editor/login")));
			this.mvc.perform(post(url).param("body", "gone")).andExpect(status().isForbidden());
		}
		assertThat(read("alpha")).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from content_revision", Integer.class)).isZero();
	}

	@Test
	void readersGetNoCookieAndNoSession() throws Exception {
		for (String url : new String[] { "/", "/articles/alpha", "/tags/myositis", "/search?q=steroids",
				"/api/search?q=steroids", "/glossary", "/no-such-page" }) {
			MvcResult result = this.mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(url).isEmpty();
			assertThat(result.getRequest().getSession(false)).as(url).isNull();
		}
	}

	@Test
	void editorsSignInWithTheirPasswordAndGuessingIsSlowedWithoutLockingTheEditorOut() throws Exception {
		this.accounts.setPassword("sam", PASSWORD);
		this.mvc.perform(formLogin("/editor/login").user("sam").password(PASSWORD))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/editor"));
		this.mvc.perform(formLogin("/editor/login").user("sam").password("wrong password here"))
			.andExpect(header().string("Location", "/editor/login?error"));
		this.accounts.setPassword("kim", PASSWORD);
		for (int i = 0; i <= LoginThrottle.FREE_PER_NAME; i++) {
			this.mvc.perform(signIn(i % 2 == 0 ? "Kim" : " kim ", "guess " + i, "203.0.113.9"))
				.andExpect(header().string("Location", "/editor/login?error"));
		}
		// Too soon after the attacker's failures from that address: refused like a wrong
		// password.
		this.mvc.perform(signIn("kim", PASSWORD, "203.0.113.9"))
			.andExpect(header().string("Location", "/editor/login?error"));
		// The editor, signing in from elsewhere, is not locked out.
		this.mvc.perform(signIn("kim", PASSWORD, "198.51.100.7")).andExpect(header().string("Location", "/editor"));
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(signIn("nobody-" + i, "guess", "192.0.2.1"))
				.andExpect(header().string("Location", "/editor/login?error"));
		}
		assertThat(this.jdbc.queryForList("select key from login_failure where key like '%192.0.2.1%'", String.class))
			.as("unknown names get no counter of their own")
			.containsExactly("address 192.0.2.1");
		String hash = this.jdbc.queryForObject("select password_hash from editor_account where username = 'kim'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		assertThat(body(get("/editor/login"))).contains("Editor sign in", "name=\"_csrf\"");
	}

	/** The sign-in form sent from a client address. */
	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String name,
			String password, String address) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/editor/login")
			.param("username", name)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	@Test
	void dashboardListsEveryArticleWithStatusReviewAndProblemsAndCountsPerTopic() throws Exception {
		Files.writeString(CONTENT.resolve("articles/broken.md"), "---\ntitle: [unclosed\n---\nText\n");
		write("beta", read("beta").replaceFirst("checked: .*", "checked: 2020-01-01"));
		this.indexer.reindex();
		String page = body(get("/editor").with(editor()));
		assertThat(page).contains("Editor dashboard", "Alpha: Steroids for Myositis", ">scheduled<", ">draft<",
				"broken.md", "invalid YAML", "Articles per topic", "Mark checked…",
				"check against sources overdue since 2021-01-01", "review-overdue");
	}

	@Test
	void previewShowsDraftsExactlyLikeThePublicPageMarkedAsPreview() throws Exception {
		for (String slug : new String[] { "gamma", "delta" }) {
			this.mvc.perform(get("/articles/" + slug)).andExpect(status().isNotFound());
			String preview = body(get("/editor/articles/" + slug + "/preview").with(editor()));
			assertThat(preview).contains("<strong>Preview.</strong>", "<h1>", "noindex")
				.doesNotContain("rel=\"canonical\"");
		}
	}

	@Test
	void aValidSaveIsWrittenStoredAsARevisionAndShownOnTheSiteAtOnce() throws Exception {
		EditForm form = openForm("alpha");
		this.mvc
			.perform(typingCorrection("alpha", form.frontMatter(),
					form.body().replace("Most people take them for months.", "Most people take them for many months."),
					form.baseHash()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/editor/articles/alpha/edit"));
		assertThat(read("alpha")).contains("for many months.").startsWith("---\ntitle:");
		assertThat(body(get("/articles/alpha"))).contains("for many months.");
		assertThat(this.jdbc.queryForList("select author || ':' || action from content_revision order by id",
				String.class))
			.containsExactly("disk:on disk", "editor:typing correction");
	}

	@Test
	void aSaveWithErrorsWritesNothingAndShowsTheMessagesBesideTheTextKeptInTheForm() throws Exception {
		String before = read("alpha");
		EditForm form = openForm("alpha");
		String page = this.mvc
			.perform(typingCorrection("alpha",
					form.frontMatter()
						.replace("tags: [myositis, steroid-treatment]", "tags: [myositis, no-such-topic]"),
					form.body() + "\nMy unsaved paragraph.\n\nSee [nothing](/articles/nowhere).\n", form.baseHash()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Error · Topics", "no-such-topic", "Error · Markdown, line",
				"broken link: no article &#39;nowhere&#39;", "My unsaved paragraph.", "Nothing has been written");
		assertThat(read("alpha")).isEqualTo(before);
		assertThat(body(get("/articles/alpha"))).doesNotContain("My unsaved paragraph");
	}

	@Test
	void aFileChangedOnDiskMeanwhileIsNeverOverwrittenAndBothVersionsAreShown() throws Exception {
		EditForm form = openForm("alpha");
		String theirs = read("alpha").replace("Most people take them for months.", "Changed in git.");
		write("alpha", theirs);
		String page = this.mvc
			.perform(typingCorrection("alpha", form.frontMatter(),
					form.body().replace("Most people take them for months.", "Changed in the browser."),
					form.baseHash()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read("alpha")).isEqualTo(theirs);
		assertThat(page).contains("Someone else changed this article", "Changed in git.", "Changed in the browser.",
				"diff-added", "diff-removed");
	}

	@Test
	void aSaveTheDiskRefusesTellsTheEditorAndKeepsTheirText() throws Exception {
		String before = read("alpha");
		EditForm form = openForm("alpha");
		doThrow(new IOException("No space left on device")).when(this.files).write(any(Path.class), anyString());
		try {
			String page = this.mvc
				.perform(typingCorrection("alpha", form.frontMatter(), form.body() + "\nWords I must not lose.\n",
						form.baseHash()))
				.andExpect(status().isInternalServerError())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Nothing was saved: No space left on device", "Words I must not lose.");
		}
		finally {
			doCallRealMethod().when(this.files).write(any(Path.class), anyString());
		}
		assertThat(read("alpha")).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from content_revision where action <> 'on disk'",
				Integer.class))
			.isZero();
	}

	@Test
	void theFormPreviewRendersUnsavedTextAndKeepsItForFurtherEditing() throws Exception {
		EditForm form = openForm("alpha");
		String page = body(post("/editor/articles/alpha").with(editor())
			.with(csrf())
			.param("frontMatter", form.frontMatter())
			.param("body", form.body() + "\n## A new section\n\nFresh words.\n")
			.param("baseHash", form.baseHash())
			.param("action", "preview"));
		assertThat(page).contains("<strong>Preview.</strong>", "It is not saved yet", "A new section",
				"<p>Fresh words.</p>", "name=\"body\"", "value=\"edit\"");
		assertThat(read("alpha")).doesNotContain("Fresh words.");
	}

	@Test
	void revisionsShowADiffAgainstTheCurrentFileAndCanBeRestored() throws Exception {
		String original = read("alpha");
		save("alpha", "Most people take them for months.", "First change.");
		save("alpha", "First change.", "Second change.");
		long first = this.jdbc.queryForObject(
				"select id from content_revision where action = 'on disk' and path = 'articles/alpha.md'", Long.class);
		assertThat(body(get("/editor/articles/alpha/revisions").with(editor())))
			.contains("Changed in the files (git or a text editor)", "found in the files", "editor", "Typing",
					"/editor/revisions/" + first)
			.doesNotContain(">disk<");
		org.jsoup.nodes.Document revision = org.jsoup.Jsoup
			.parse(body(get("/editor/revisions/" + first).with(editor())));
		assertThat(revision.select(".diff-removed code").first().wholeText())
			.isEqualTo("-Most people take them for months.");
		assertThat(revision.select(".diff-added code").first().wholeText()).isEqualTo("+Second change.");
		assertThat(revision.select(".diff-removed del").text()).as("the words that differ are marked")
			.contains("Most people take them for months");
		String review = this.mvc.perform(post("/editor/revisions/" + first + "/restore").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(review).as("a restore of a published article waits for a reviewer").startsWith("/editor/reviews/");
		assertThat(read("alpha")).contains("Second change.");
		this.mvc
			.perform(post(review + "/approve").with(user("kim").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("confirm", "true"))
			.andExpect(status().isFound());
		assertThat(read("alpha")).isEqualTo(original);
		assertThat(body(get("/articles/alpha"))).contains("Most people take them for months.");
	}

	@Test
	void newArticlesStartAsADraftFromTheTemplateAndAreNotPublic() throws Exception {
		// The template links to the urgent-help article, which the real site always has.
		write("when-to-get-urgent-help", read("beta").replaceFirst("title: .*", "title: \"When to get urgent help\""));
		this.mvc
			.perform(post("/editor/new").with(editor())
				.with(csrf())
				.param("slug", "hip-exercises")
				.param("title", "Exercises for \"weak\" hips")
				.param("tag", "myositis"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/editor/articles/hip-exercises/edit"));
		assertThat(read("hip-exercises")).contains("title: \"Exercises for \\\"weak\\\" hips\"", "status: draft",
				"/articles/when-to-get-urgent-help");
		this.mvc.perform(get("/articles/hip-exercises")).andExpect(status().isNotFound());
		assertThat(body(get("/editor").with(editor()))).contains("Exercises for &quot;weak&quot; hips");
		this.mvc
			.perform(post("/editor/new").with(editor())
				.with(csrf())
				.param("slug", "hip-exercises")
				.param("title", "Again")
				.param("tag", "myositis"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/editor/new").with(editor())
				.with(csrf())
				.param("slug", "../../etc/passwd")
				.param("title", "Bad")
				.param("tag", "myositis"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void markingCheckedNeedsAConfirmationForTheVersionShownThenSetsTodayInTheFileAndOnThePage() throws Exception {
		String before = read("alpha");
		String confirm = body(get("/editor/articles/alpha/checked").with(editor()));
		assertThat(confirm).contains("What changed since the last check", "name=\"confirm\"", "name=\"baseHash\"");
		java.util.regex.Matcher hash = java.util.regex.Pattern.compile("name=\"baseHash\" value=\"([^\"]+)\"")
			.matcher(confirm);
		assertThat(hash.find()).isTrue();
		this.mvc
			.perform(
					post("/editor/articles/alpha/checked").with(editor()).with(csrf()).param("baseHash", hash.group(1)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/editor/articles/alpha/checked").with(editor())
				.with(csrf())
				.param("baseHash", "an older version")
				.param("confirm", "true"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/editor/articles/alpha/checked").with(user("sam").roles("EDITOR"))
				.with(csrf())
				.param("baseHash", hash.group(1))
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.jdbc.update("insert into content_revision (path, author, content, content_hash, action) "
				+ "values ('articles/alpha.md', 'kim', ?, ?, 'save')", before, hash.group(1));
		this.mvc
			.perform(post("/editor/articles/alpha/checked").with(user("kim").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("baseHash", hash.group(1))
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(read("alpha"))
			.as("an unconfirmed or outdated click, a writer, or the change's own author " + "changes nothing")
			.isEqualTo(before);
		this.mvc
			.perform(post("/editor/articles/alpha/checked").with(editor())
				.with(csrf())
				.param("baseHash", hash.group(1))
				.param("confirm", "true"))
			.andExpect(status().isFound());
		LocalDate today = LocalDate.now();
		assertThat(body(get("/editor/articles/alpha/checked").with(editor()))).contains("Last marked checked by");
		String dashboard = body(get("/editor").with(editor()));
		assertThat(dashboard).contains("Signed in as", "Recent changes",
				"marked checked against its sources: articles/alpha.md");
		assertThat(read("alpha")).contains("checked: " + today, "aliases: [old-alpha]");
		assertThat(body(get("/articles/alpha"))).contains("datetime=\"" + today + "\"");
	}

	@Test
	void aBrokenFileOnDiskKeepsTheLastGoodVersionAndIsReportedOnTheDashboard() throws Exception {
		write("alpha", read("alpha").replace("tags: [myositis, steroid-treatment]", "tags: [nonsense]")
			.replace("Most people take them for months.", "Broken words."));
		this.indexer.reindex();
		assertThat(body(get("/articles/alpha"))).contains("Most people take them for months.")
			.doesNotContain("Broken words.");
		assertThat(body(get("/editor").with(editor()))).contains("unknown tag", "problem-error");
	}

	@Test
	void aChangeToAPublishedArticleIsPublishedOnlyWhenAnotherReviewerConfirmsTheirApproval() throws Exception {
		EditForm form = openForm("alpha");
		String changed = form.body().replace("Most people take them for months.", "Words a reviewer approved.");
		assertThat(body(get("/editor/articles/alpha/edit").with(user("sam").roles("EDITOR"))))
			.contains(">Submit for review</button>");
		assertThat(body(get("/editor/articles/alpha/edit").with(editor())))
			.contains(">Publish typing correction</button>");
		this.mvc.perform(submission(form, changed, "").with(user("sam").roles("EDITOR")))
			.andExpect(status().isUnprocessableContent());
		String location = this.mvc
			.perform(submission(form, changed, "Clearer wording").with(user("sam").roles("EDITOR")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/editor/reviews/");
		assertThat(read("alpha")).as("submitted, not published").doesNotContain("Words a reviewer approved.");
		assertThat(body(get("/articles/alpha"))).doesNotContain("Words a reviewer approved.");
		assertThat(org.jsoup.Jsoup.parse(body(get("/editor").with(user("kim").roles("EDITOR", "REVIEWER"))))
			.select(".queues li")
			.first()
			.text()).isEqualTo("1 changes waiting for your review");
		assertThat(org.jsoup.Jsoup.parse(body(get("/editor").with(user("sam").roles("EDITOR"))))
			.select(".queues li")
			.first()
			.text()).as("not the author's own").isEqualTo("0 changes waiting for your review");
		assertThat(body(get(location).with(user("kim").roles("EDITOR", "REVIEWER")))).contains("Clearer wording",
				"diff-added", "Approve and publish");
		this.mvc
			.perform(
					post(location + "/approve").with(user("sam").roles("EDITOR")).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(location + "/approve").with(user("sam").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(location + "/approve").with(user("kim").roles("EDITOR", "REVIEWER")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(read("alpha")).as("an unconfirmed approval does nothing")
			.doesNotContain("Words a reviewer approved.");
		this.mvc
			.perform(post(location + "/approve").with(user("kim").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("confirm", "true")
				.param("comment", "Checked against the BSR guideline."))
			.andExpect(status().isFound());
		assertThat(read("alpha")).contains("Words a reviewer approved.");
		assertThat(body(get("/articles/alpha"))).contains("Words a reviewer approved.");
		assertThat(this.jdbc.queryForObject("select author || ' ' || action from content_revision "
				+ "where path = 'articles/alpha.md' order by id desc limit 1", String.class))
			.isEqualTo("sam approved by kim");
		assertThat(this.jdbc.queryForObject("select state || ' ' || decided_by || ' ' || comment from pending_change",
				String.class))
			.isEqualTo("approved kim Checked against the BSR guideline.");
		assertThat(body(get("/editor").with(editor()))).contains("approved: the change to alpha by sam");
		this.mvc
			.perform(post(location + "/approve").with(user("lee").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("confirm", "true"))
			.andExpect(status().isConflict());
	}

	@Test
	void draftsAreSavedDirectlyByAnyEditor() throws Exception {
		EditForm form = openForm("gamma");
		this.mvc.perform(submission(form, form.body() + "\nA draft line.\n", "").with(user("sam").roles("EDITOR")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(
					submission(form, form.body() + "\nA draft line.\n", "Add a line").with(user("sam").roles("EDITOR")))
			.andExpect(status().isFound());
		assertThat(read("gamma")).contains("A draft line.");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_change where slug = 'gamma'", Integer.class))
			.isZero();
	}

	@Test
	void theFormsFieldsAreSavedAsFrontMatterAndProblemsAppearBesideTheirField() throws Exception {
		EditForm form = openForm("gamma");
		String page = this.mvc
			.perform(fields(form).with(without("title")).param("action", "draft").with(user("sam").roles("EDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).select("#title-problems li").text()).startsWith("Error · Title");
		this.mvc
			.perform(fields(form).with(replacing("title", "Gamma: \"ready\" soon"))
				.with(replacing("summary", "A short summary."))
				.with(replacing("other", "affects: [hips]"))
				.param("audience", "caregivers")
				.param("keyPoints", "One.\nTwo.")
				.param("refTitle", "A source")
				.param("refPublisher", "NHS")
				.param("refYear", "2025")
				.param("refUrl", "https://www.nhs.uk/")
				.param("action", "draft")
				.param("note", "Fields")
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Saved as a draft."));
		assertThat(read("gamma")).startsWith("""
				---
				title: "Gamma: \\"ready\\" soon"
				summary: "A short summary."
				tags: [myositis]
				published: 2025-12-01
				checked: 2026-10-01
				status: draft
				audience: [caregivers]
				key-points:
				  - "One."
				  - "Two."
				affects: [hips]
				references:
				  - title: "A source"
				    publisher: "NHS"
				    year: 2025
				    url: "https://www.nhs.uk/"
				---
				Draft text about myositis.""");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_change", Integer.class)).isZero();
	}

	@Test
	void publishingADraftWaitsForAReviewerHoweverItIsAsked() throws Exception {
		EditForm form = openForm("gamma");
		this.mvc
			.perform(fields(form).param("refTitle", "A source")
				.param("refUrl", "https://www.nhs.uk/")
				.param("note", "Ready to publish")
				.param("action", "review")
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/editor/reviews/")));
		String published = form.frontMatter().replace("status: draft", "status: published")
				+ "\nreferences:\n  - title: \"A source\"\n    url: \"https://www.nhs.uk/\"";
		this.mvc
			.perform(post("/editor/articles/gamma").with(user("sam").roles("EDITOR"))
				.with(csrf())
				.param("frontMatter", published)
				.param("body", form.body())
				.param("baseHash", form.baseHash())
				.param("note", "Published by typing the status")
				.param("action", "save"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/editor/articles/gamma").with(editor())
				.with(csrf())
				.param("frontMatter", published)
				.param("body", form.body())
				.param("baseHash", form.baseHash())
				.param("note", "An admin cannot skip review for a new article")
				.param("action", "publish")
				.param("typingOnly", "true"))
			.andExpect(status().isFound());
		assertThat(read("gamma")).contains("status: draft");
		assertThat(this.jdbc.queryForList("select text from pending_change where slug = 'gamma' order by id",
				String.class))
			.hasSize(3)
			.allSatisfy((text) -> assertThat(text).contains("status: published"));
		this.mvc.perform(get("/articles/gamma")).andExpect(status().isNotFound());
	}

	@Test
	void anAdminPublishesAPublishedArticlesChangeDirectlyOnlyWhenMarkedAsATypingCorrection() throws Exception {
		String before = read("alpha");
		EditForm form = openForm("alpha");
		this.mvc
			.perform(post("/editor/articles/alpha").with(editor())
				.with(csrf())
				.param("frontMatter", form.frontMatter())
				.param("body", form.body().replace("Most people take them for months.", "Most take them for months."))
				.param("baseHash", form.baseHash())
				.param("note", "Shorter")
				.param("action", "publish"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/editor/reviews/")));
		assertThat(read("alpha")).isEqualTo(before);
		String edit = body(get("/editor/articles/alpha/edit").with(editor()));
		assertThat(edit).contains("name=\"typingOnly\"", "Publish typing correction", "Open the live page")
			.doesNotContain("Save draft");
		assertThat(body(get("/editor/articles/alpha/edit").with(user("sam").roles("EDITOR"))))
			.doesNotContain("name=\"typingOnly\"", "Publish typing correction");
	}

	@Test
	void theLivePreviewRendersUnsavedFieldsAndTextOrSaysWhatStopsIt() throws Exception {
		EditForm form = openForm("alpha");
		String preview = body(fields(form).with(replacing("body", form.body() + "\n## Live words\n\nSeen at once.\n"))
			.param("action", "review")
			.with(editor())
			.with((request) -> {
				request.setRequestURI("/editor/articles/alpha/live-preview");
				return request;
			}));
		assertThat(preview).contains("Live words", "<p>Seen at once.</p>").doesNotContain("<html");
		assertThat(read("alpha")).doesNotContain("Seen at once.");
		String problems = this.mvc
			.perform(post("/editor/articles/alpha/live-preview").with(editor())
				.with(csrf())
				.param("title", "")
				.param("body", "Text"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problems).contains("Error · Title");
		String added = body(fields(form).param("action", "add-reference").with(editor()));
		assertThat(org.jsoup.Jsoup.parse(added).select("input[name=refTitle]"))
			.hasSize(form.fields().references().size() + 2);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor without(String name) {
		return (request) -> {
			request.removeParameter(name);
			return request;
		};
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor replacing(String name,
			String value) {
		return (request) -> {
			request.setParameter(name, value);
			return request;
		};
	}

	@Test
	void onlyAdminsManageAccountsEveryChangeIsRecordedAndTheLastAdminStays() throws Exception {
		this.jdbc.update("delete from account_change");
		this.jdbc.update("delete from editor_account");
		this.accounts.setPassword("ada", PASSWORD);
		this.accounts.setRole("ada", "admin");
		this.mvc.perform(get("/editor/accounts").with(user("sam").roles("EDITOR", "REVIEWER")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/editor/accounts").with(user("sam").roles("EDITOR", "REVIEWER"))
				.with(csrf())
				.param("username", "eve")
				.param("role", "admin")
				.param("password", PASSWORD))
			.andExpect(status().isForbidden());
		org.springframework.test.web.servlet.request.RequestPostProcessor ada = user("ada").roles("EDITOR", "REVIEWER",
				"ADMIN");
		this.mvc
			.perform(post("/editor/accounts").with(ada)
				.with(csrf())
				.param("username", "lee")
				.param("role", "reviewer")
				.param("password", "short"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/editor/accounts").with(ada)
				.with(csrf())
				.param("username", " Lee ")
				.param("role", "reviewer")
				.param("password", PASSWORD))
			.andExpect(status().isFound());
		this.mvc.perform(post("/editor/accounts/ada").with(ada).with(csrf()).param("role", "editor"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(
				post("/editor/accounts/ada").with(ada).with(csrf()).param("role", "admin").param("disabled", "true"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/editor/accounts/lee").with(ada)
				.with(csrf())
				.param("role", "reviewer")
				.param("displayName", "Dr Lee Example")
				.param("profession", "Consultant neurologist")
				.param("disabled", "true"))
			.andExpect(status().isFound());
		assertThat(this.accounts.find("lee")).get()
			.extracting(EditorAccounts.Account::shownName, EditorAccounts.Account::profession,
					EditorAccounts.Account::disabled)
			.containsExactly("Dr Lee Example", "Consultant neurologist", true);
		this.mvc.perform(formLogin("/editor/login").user("lee").password(PASSWORD))
			.andExpect(header().string("Location", "/editor/login?error"));
		assertThat(this.jdbc.queryForList(
				"select changed_by || ' ' || username || ': ' || change " + "from account_change order by id",
				String.class))
			.containsExactly("ada lee: created, role reviewer",
					"ada lee: shown as 'Dr Lee Example', Consultant neurologist; stopped from signing in");
		assertThat(this.accounts.find("ada")).get().extracting(EditorAccounts.Account::role).isEqualTo("admin");
		assertThat(body(get("/editor").with(ada))).contains("changed the account lee: created, role reviewer");
	}

	@Test
	void picturesAreUploadedWithoutMetadataCheckedInArticlesAndServedWithCaching() throws Exception {
		this.jdbc.update("delete from image_upload");
		byte[] photo = org.myositisguide.support.TestImages.withExif(
				org.myositisguide.support.TestImages.encode(
						new java.awt.image.BufferedImage(1200, 900, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg"),
				"GPS secret place");
		org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
				"My Hand (1).JPG", "image/png", photo);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/editor/images")
				.file(file)
				.param("alt", "")
				.with(csrf())
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isUnprocessableContent());
		org.springframework.mock.web.MockMultipartFile text = new org.springframework.mock.web.MockMultipartFile("file",
				"rash.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/editor/images")
				.file(text)
				.param("alt", "A rash")
				.with(csrf())
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/editor/images")
				.file(file)
				.param("alt", "A hand with a red rash over the knuckles")
				.with(csrf())
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers
				.containsString("![A hand with a red rash over the knuckles](/images/my-hand-1.jpg)")));
		Path stored = CONTENT.resolve("images/my-hand-1.jpg");
		assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1)).doesNotContain("GPS secret");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/editor/images")
				.file(file)
				.param("name", "my hand 1")
				.param("alt", "Another")
				.with(csrf())
				.with(user("sam").roles("EDITOR")))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select alt from image_upload where name = 'my-hand-1.jpg'", String.class))
			.isEqualTo("A hand with a red rash over the knuckles");

		MvcResult whole = this.mvc.perform(get("/images/my-hand-1.jpg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
			.andReturn();
		assertThat(whole.getResponse().getHeaders("Set-Cookie")).isEmpty();
		String etag = whole.getResponse().getHeader("ETag");
		this.mvc.perform(get("/images/my-hand-1.jpg").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		byte[] small = this.mvc.perform(get("/images/my-hand-1.jpg?w=480"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(org.myositisguide.image.Images.size(small)).containsExactly(480, 360);
		this.mvc.perform(get("/images/my-hand-1.jpg?w=123")).andExpect(status().isNotFound());
		this.mvc.perform(get("/images/..%2Fsite.yml")).andExpect(status().is4xxClientError());

		String before = read("alpha");
		EditForm form = openForm("alpha");
		String page = this.mvc
			.perform(typingCorrection("alpha", form.frontMatter(),
					form.body() + "\n![](/images/my-hand-1.jpg)\n\n![A rash](/images/none.jpg)\n\n"
							+ "![A rash](https://example.org/rash.jpg)\n",
					form.baseHash()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("needs a text alternative", "broken picture: no file &#39;images/none.jpg&#39;",
				"pictures must be uploaded to content/images");
		assertThat(read("alpha")).isEqualTo(before);
		save("alpha", "Most people take them for months.",
				"Most people take them for months.\n\n![A hand with a red rash over the knuckles](/images/my-hand-1.jpg)");
		assertThat(body(get("/articles/alpha"))).contains("<img src=\"/images/my-hand-1.jpg\"",
				"alt=\"A hand with a red rash over the knuckles\"", "srcset=\"/images/my-hand-1.jpg?w=480 480w",
				"loading=\"lazy\"");
		assertThat(body(get("/editor/articles/alpha/edit").with(editor()))).contains("Insert a picture",
				"![A hand with a red rash over the knuckles](/images/my-hand-1.jpg)");
	}

	/** An admin's save of a published article, marked as a correction of typing only. */
	private static MockHttpServletRequestBuilder typingCorrection(String slug, String frontMatter, String body,
			String baseHash) {
		return post("/editor/articles/" + slug).with(editor())
			.with(csrf())
			.param("frontMatter", frontMatter)
			.param("body", body)
			.param("baseHash", baseHash)
			.param("action", "publish")
			.param("note", "Typing")
			.param("typingOnly", "true");
	}

	/** The edit form as a browser posts it: one parameter per field. */
	private static MockHttpServletRequestBuilder fields(EditForm form) {
		ArticleFields f = form.fields();
		MockHttpServletRequestBuilder request = post("/editor/articles/" + form.slug()).with(csrf())
			.param("baseHash", form.baseHash())
			.param("status", f.status())
			.param("body", form.body())
			.param("summary", f.summary())
			.param("published", f.published())
			.param("checked", f.checked())
			.param("other", f.other());
		if (!f.title().isEmpty()) {
			request.param("title", f.title());
		}
		f.tags().forEach((tag) -> request.param("tags", tag));
		f.references()
			.forEach((r) -> request.param("refTitle", r.title())
				.param("refPublisher", r.publisher())
				.param("refYear", r.year())
				.param("refUrl", r.url()));
		return request;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submission(EditForm form,
			String body, String note) {
		return post("/editor/articles/" + form.slug()).with(csrf())
			.param("frontMatter", form.frontMatter())
			.param("body", body)
			.param("baseHash", form.baseHash())
			.param("note", note)
			.param("action", "save");
	}

	@Test
	void failedSearchesAreCountedPrivatelyAndCanBecomeSynonyms(@Autowired SearchService search) throws Exception {
		search.search("Zzqx  wibble!", 1);
		search.search("zzqx wibble", 1);
		String page = body(get("/editor/searches").with(editor()));
		assertThat(page).contains("<th scope=\"row\">zzqx wibble</th>", "<td>2</td>", "Add as synonym");
		search.search("my mum keeps choking on her zzqx tablets at dinner every single night", 1);
		org.jsoup.nodes.Document searches = org.jsoup.Jsoup.parse(body(get("/editor/searches").with(editor())));
		assertThat(searches.select("input[name=phrase]").eachAttr("value"))
			.as("single words and short phrases, never the sentence")
			.contains("zzqx wibble", "zzqx", "wibble")
			.doesNotContain("my mum keeps choking on her zzqx tablets at dinner every single night")
			.allSatisfy((phrase) -> assertThat(phrase.split(" ")).hasSizeLessThanOrEqualTo(3));
		String hash = ContentStore.hash(Files.readString(CONTENT.resolve("search/synonyms.txt")));
		this.mvc
			.perform(post("/editor/searches/synonym").with(editor())
				.with(csrf())
				.param("term", "dysphagia")
				.param("phrase", "zzqx wibble")
				.param("baseHash", hash))
			.andExpect(status().isFound());
		assertThat(Files.readString(CONTENT.resolve("search/synonyms.txt"))).endsWith("dysphagia: zzqx wibble\n");
		assertThat(this.jdbc.queryForObject("select count(*) from search_expansion where phrase = 'zzqx wibble'",
				Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForList("select action from content_revision where path = 'search/synonyms.txt'",
				String.class))
			.contains("synonym");
		this.mvc
			.perform(post("/editor/searches/synonym").with(editor())
				.with(csrf())
				.param("term", "dysphagia")
				.param("phrase", "bad, phrase: here")
				.param("baseHash", hash))
			.andExpect(status().isFound());
		assertThat(Files.readString(CONTENT.resolve("search/synonyms.txt"))).doesNotContain("bad, phrase");
		// Other tests' searches may be written meanwhile (counts are flushed once a
		// minute).
		assertThat(this.jdbc.queryForList("select query from search_stat where query like '%zzqx%'", String.class))
			.containsOnly("zzqx wibble", "my mum keeps choking on her zzqx tablets at dinner every single night");
	}

	@Test
	void reindexNowReportsWhatItDid() throws Exception {
		MvcResult result = this.mvc.perform(post("/editor/reindex").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(String.valueOf(result.getFlashMap().get("message"))).startsWith("Reindexed ");
	}

	private void save(String slug, String from, String to) throws Exception {
		EditForm form = openForm(slug);
		this.mvc.perform(typingCorrection(slug, form.frontMatter(), form.body().replace(from, to), form.baseHash()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("savedSlug", slug));
	}

	private EditForm openForm(String slug) throws Exception {
		MvcResult result = this.mvc.perform(get("/editor/articles/" + slug + "/edit").with(editor()))
			.andExpect(status().isOk())
			.andReturn();
		return (EditForm) result.getModelAndView().getModel().get("form");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aClinicalReviewIsRecordedOnlyWithAllItsDetailsAndAConfirmationAndThenShownOnThePage() throws Exception {
		String page = this.mvc.perform(get("/articles/alpha")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("This article has not yet had a clinical review by a health professional.");
		this.mvc
			.perform(post("/editor/articles/alpha/clinical-review").with(editor())
				.with(csrf())
				.param("reviewer", "Dr Ada Example")
				.param("role", "Consultant rheumatologist")
				.param("reviewedOn", "2026-12-01"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/editor/articles/alpha/clinical-review").with(editor())
				.with(csrf())
				.param("reviewer", " ")
				.param("role", "Consultant rheumatologist")
				.param("reviewedOn", LocalDate.now().plusDays(2).toString())
				.param("confirm", "true"))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject("select count(*) from clinical_review", Integer.class))
			.as("nothing recorded without a name, a past date and the confirmation")
			.isZero();
		this.mvc
			.perform(post("/editor/articles/alpha/clinical-review").with(csrf())
				.param("reviewer", "Dr Ada Example")
				.param("role", "Consultant rheumatologist")
				.param("reviewedOn", "2026-12-01")
				.param("confirm", "true"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/editor/login")));
		this.mvc
			.perform(post("/editor/articles/alpha/clinical-review").with(editor())
				.with(csrf())
				.param("reviewer", "Dr Ada Example")
				.param("role", "Consultant rheumatologist")
				.param("registration", "GMC 0000000")
				.param("reviewedOn", "2026-10-01")
				.param("confirm", "true"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select reviewer, recorded_by, text_hash from clinical_review"))
			.containsEntry("reviewer", "Dr Ada Example")
			.containsEntry("recorded_by", "editor")
			.extractingByKey("text_hash")
			.asString()
			.hasSize(64);
		page = this.mvc.perform(get("/articles/alpha")).andReturn().getResponse().getContentAsString();
		assertThat(page)
			.contains("Clinically reviewed by <span>Dr Ada Example</span>, <span>Consultant rheumatologist</span>, "
					+ "on <time datetime=\"2026-10-01\">1 October 2026</time>")
			.contains("\"reviewedBy\":{\"@type\":\"Person\"")
			.doesNotContain("GMC 0000000")
			.doesNotContain("not yet had a clinical review");
		String dashboard = this.mvc.perform(get("/editor").with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("1</span> of", "have had a recorded clinical review", "Reading grade");
	}

	/** An admin: saves published articles directly, as most tests here need. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR", "REVIEWER", "ADMIN");
	}

	private static String read(String slug) throws IOException {
		return Files.readString(CONTENT.resolve("articles/" + slug + ".md"));
	}

	private static void write(String slug, String text) throws IOException {
		Files.writeString(CONTENT.resolve("articles/" + slug + ".md"), text);
	}

}
