package org.myositisguide.web;

import org.myositisguide.support.ShippedSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests sent as raw HTTP to the running site: none may give a server error or
 * show exception text, and bad input gets a 4xx.
 */
class HostileRequestTests extends ShippedSite {

	@LocalServerPort
	private int port;

	static Stream<String> hostileGets() {
		List<String> paths = new ArrayList<>();
		for (String prefix : List.of("/articles/", "/tags/", "/glossary/")) {
			paths.add(prefix + "../../etc/passwd");
			paths.add(prefix + "..%2F..%2Fetc%2Fpasswd");
			paths.add(prefix + "%2e%2e%252f%2e%2e%252fetc%252fpasswd");
			paths.add(prefix + "%00");
			paths.add(prefix + "muscle-biopsy%00.md");
			paths.add(prefix + "%E0%A4%A");
			paths.add(prefix + "%C3%28");
			paths.add(prefix + "x".repeat(3000));
			paths.add(prefix + "<script>alert(1)</script>");
			paths.add(prefix + "muscle-biopsy;jsessionid=1");
		}
		for (String query : List.of("'%20or%201=1--", "%27%3B%20drop%20table%20article%3B--",
				"a%20%26%20!b%20%3C-%3E%20c%3A*", "!!!", "%7C%7C%7C", "%22", "-", "%00", "%E0%A4%A", "%C3%28", "%FF%FE",
				"a".repeat(5000), "x%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
			paths.add("/search?q=" + query);
			paths.add("/api/search?q=" + query);
		}
		for (String page : List.of("-1", "0", "99999999999", "1e9", "abc", "%00", "2147483647")) {
			paths.add("/search?q=muscle&page=" + page);
			paths.add("/tags/myositis?page=" + page);
		}
		paths.add("/articles/muscle-biopsy?unknown=1&x=%00");
		paths.add("/api/suggest?q=%00%00");
		paths.add("/%2e%2e/%2e%2e/etc/passwd");
		paths.add("/static/../application.properties");
		paths.add("/css/../../application.properties");
		return paths.stream();
	}

	@ParameterizedTest
	@MethodSource("hostileGets")
	void hostileGetsNeverCauseServerErrorsOrLeakInternals(String path) throws IOException {
		Response response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).as(path).isBetween(200, 499);
		assertThat(response.text()).as(path)
			.doesNotContain("Exception", "at org.", "Whitelabel", "root:x:0:0", "spring.datasource");
		if (response.text().contains("Content-Type: text/html")) {
			assertThat(response.text()).as(path).doesNotContain("<script>alert");
		}
		else {
			assertThat(response.text()).as(path).contains("X-Content-Type-Options: nosniff");
		}
	}

	static Stream<String> wrongMethods() {
		return Stream.of("POST /articles/muscle-biopsy", "PUT /tags/myositis", "DELETE /", "PATCH /search?q=x",
				"POST /api/search?q=x");
	}

	@ParameterizedTest
	@MethodSource("wrongMethods")
	void wrongMethodsGetMethodNotAllowedWithAllow(String request) throws IOException {
		Response response = send(
				request + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).as(request).isEqualTo(405);
		assertThat(response.text()).as(request).containsIgnoringCase("\r\nAllow: ").doesNotContain("Exception");
	}

	static Stream<String[]> oddButHarmless() {
		return Stream.of(new String[] { "HEAD /articles/muscle-biopsy", "" },
				new String[] { "OPTIONS /articles/muscle-biopsy", "" },
				new String[] { "GET /articles/muscle-biopsy", "Accept: application/json\r\n" },
				new String[] { "GET /", "Accept: image/png\r\n" },
				new String[] { "GET /search?q=ck", "Accept: text/csv\r\n" },
				new String[] { "GET /api/search?q=ck", "Accept: text/html\r\n" });
	}

	@ParameterizedTest
	@MethodSource("oddButHarmless")
	void oddMethodsAndAcceptHeadersAreHandled(String requestLine, String headers) throws IOException {
		Response response = send(
				requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n");
		assertThat(response.status()).as(requestLine + " " + headers).isBetween(200, 499);
		assertThat(response.text()).doesNotContain("Exception", "at org.");
	}

	private Response send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String text = bytes.toString(StandardCharsets.UTF_8);
			int status = Integer.parseInt(text.substring(9, 12));
			return new Response(status, text);
		}
	}

	private record Response(int status, String text) {
	}

}
