package org.myositisguide.web;

import org.myositisguide.support.ShippedSite;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type, and every shipped article, checked in-process by the Nu Html Checker
 * (the engine of validator.w3.org/nu) against its full HTML schema and assertions. Any
 * error fails the test; warnings are printed. Messages carry the line and column of the
 * served page.
 */
class HtmlValidityTests extends ShippedSite {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static final Messages messages = new Messages();

	private static SimpleDocumentValidator checker;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@BeforeAll
	static void setUpChecker() throws Exception {
		checker = new SimpleDocumentValidator(false, false, false);
		checker.setUpMainSchema(HTML_SCHEMA, messages);
		checker.setUpValidatorAndParsers(messages, true, false);
	}

	@ParameterizedTest
	@CsvSource({ "/, 200", "/articles/dermatomyositis-and-polymyositis, 200", "/tags, 200",
			"/tags/autoimmune-myopathy, 200", "/search?q=trouble+swallowing, 200", "/search?q=kidney+stone, 200",
			"/glossary, 200", "/glossary/creatine-kinase, 200", "/articles/no-such-page, 404", "/search, 200",
			"/body, 200", "/body/lungs, 200", "/articles/muscle-biopsy/print, 200", "/search?q=CK, 200",
			"/search?q=dermatomyosits, 200", "/tags/diagnosis?page=x, 400" })
	void everyPageTypeIsValidHtml(String path, int status) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of " + path).isEqualTo(status);
		assertValid(path, response.body());
	}

	@Test
	void everyShippedArticleIsValidHtml() throws Exception {
		List<String> articles = Jsoup.parse(get("/sitemap.xml").body(), Parser.xmlParser())
			.select("loc")
			.eachText()
			.stream()
			.map((url) -> URI.create(url).getPath())
			.filter((path) -> path.startsWith("/articles/"))
			.toList();
		assertThat(articles).hasSizeGreaterThan(25);
		for (String path : articles) {
			assertValid(path, get(path).body());
		}
	}

	@Test
	void theCheckerFindsErrorsWithTheirLines() throws Exception {
		List<String> errors = check("""
				<!DOCTYPE html>
				<html lang="en"><head><title>x</title></head>
				<body><p><div>a block in a paragraph</div></p>
				<h2 id="a">A</h2><h2 id="a">B</h2><img src="x.png"></body></html>
				""");
		assertThat(errors).anyMatch((e) -> e.startsWith("3:") && e.contains("No “p” element in scope"))
			.anyMatch((e) -> e.startsWith("4:") && e.contains("Duplicate ID “a”"))
			.anyMatch((e) -> e.startsWith("4:") && e.contains("“img” element must have an “alt” attribute"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void assertValid(String path, String html) throws Exception {
		List<String> errors = check(html);
		messages.warnings.forEach((warning) -> System.out.println(path + ":" + warning));
		assertThat(errors).as("Nu Html Checker errors on " + path + ":\n" + String.join("\n", errors)).isEmpty();
	}

	private static synchronized List<String> check(String html) throws Exception {
		messages.clear();
		checker.checkHtmlInputSource(new InputSource(new StringReader(html)));
		return List.copyOf(messages.errors);
	}

	/** Collects the checker's messages as {@code line:column: type: message}. */
	private static final class Messages implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		void clear() {
			this.errors.clear();
			this.warnings.clear();
		}

		@Override
		public void warning(SAXParseException ex) {
			this.warnings.add(format("warning", ex));
		}

		@Override
		public void error(SAXParseException ex) {
			this.errors.add(format("error", ex));
		}

		@Override
		public void fatalError(SAXParseException ex) {
			this.errors.add(format("fatal", ex));
		}

		private static String format(String type, SAXParseException ex) {
			return ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + type + ": " + ex.getMessage();
		}

		@Override
		public String toString() {
			return this.errors.stream().collect(Collectors.joining("\n"));
		}

	}

}
