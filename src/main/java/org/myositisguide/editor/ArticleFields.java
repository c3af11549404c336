package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.springframework.util.MultiValueMap;

/**
 * An article's front matter as the edit form shows it: one field per key editors use
 * (title, summary, topics, dates, audience, key points, questions, references), and the
 * rest of the YAML as it was, so that nothing is lost. Read with SnakeYAML; written back
 * as YAML with every text quoted, and with the key of each line remembered so that a
 * problem is shown beside its field.
 *
 * <p>
 * A key goes into a field only when its value has the field's shape; otherwise it stays
 * in {@link #other()}, where the checker reports it on save.
 */
public record ArticleFields(String title, String heading, String summary, List<String> tags, String published,
		String updated, String checked, String reviewDue, String status, List<String> audience, String keyPoints,
		String questions, List<ReferenceRow> references, String other) {

	/** The audiences an article can be written for. */
	public static final List<String> AUDIENCES = List.of("patients", "caregivers");

	private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern YEAR = Pattern.compile("\\d{1,4}");

	private static final Pattern TOP_LEVEL_KEY = Pattern.compile("([A-Za-z0-9_-]+)\\s*:");

	public ArticleFields {
		title = clean(title);
		heading = clean(heading);
		summary = clean(summary);
		tags = List.copyOf(tags);
		published = clean(published);
		updated = clean(updated);
		checked = clean(checked);
		reviewDue = clean(reviewDue);
		status = clean(status);
		audience = List.copyOf(audience);
		keyPoints = lines(keyPoints);
		questions = lines(questions);
		references = List.copyOf(references);
		other = (other != null) ? other.replace("\r\n", "\n").strip() : "";
	}

	/**
	 * The fields of a front matter block; a block that is not valid YAML stays whole in
	 * {@link #other()}.
	 */
	static ArticleFields fromYaml(String yaml) {
		Object loaded;
		try {
			loaded = yaml().load(yaml);
		}
		catch (YAMLException ex) {
			loaded = null;
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			return empty(yaml);
		}
		Map<String, Object> rest = new LinkedHashMap<>();
		map.forEach((key, value) -> rest.put(String.valueOf(key), value));
		String title = text(rest, "title");
		String heading = text(rest, "heading");
		String summary = text(rest, "summary");
		List<String> tags = list(rest, "tags");
		String published = text(rest, "published");
		String updated = text(rest, "updated");
		String checked = text(rest, "checked");
		String reviewDue = text(rest, "review-due");
		String status = text(rest, "status");
		List<String> audience = list(rest, "audience");
		List<String> keyPoints = list(rest, "key-points");
		List<String> questions = list(rest, "questions");
		List<ReferenceRow> references = references(rest);
		String other = rest.isEmpty() ? "" : dump(rest);
		return new ArticleFields(title, heading, summary, tags, published, updated, checked, reviewDue, status,
				audience, String.join("\n", keyPoints), String.join("\n", questions), references, other);
	}

	/** The fields as the edit form posted them. */
	static ArticleFields fromForm(MultiValueMap<String, String> form) {
		List<String> titles = values(form, "refTitle");
		List<String> publishers = values(form, "refPublisher");
		List<String> years = values(form, "refYear");
		List<String> urls = values(form, "refUrl");
		List<String> removed = values(form, "refRemove");
		List<ReferenceRow> references = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			ReferenceRow row = new ReferenceRow(titles.get(i), at(publishers, i), at(years, i), at(urls, i));
			if (!removed.contains(String.valueOf(i)) && !row.isBlank()) {
				references.add(row);
			}
		}
		return new ArticleFields(form.getFirst("title"), form.getFirst("heading"), form.getFirst("summary"),
				values(form, "tags").stream().filter((tag) -> !tag.isBlank()).toList(), form.getFirst("published"),
				form.getFirst("updated"), form.getFirst("checked"), form.getFirst("reviewDue"), form.getFirst("status"),
				values(form, "audience").stream().filter(AUDIENCES::contains).toList(), form.getFirst("keyPoints"),
				form.getFirst("questions"), references, form.getFirst("other"));
	}

	ArticleFields withStatus(String newStatus) {
		return new ArticleFields(this.title, this.heading, this.summary, this.tags, this.published, this.updated,
				this.checked, this.reviewDue, newStatus, this.audience, this.keyPoints, this.questions, this.references,
				this.other);
	}

	/** The references as rows of the form, then empty rows to fill in. */
	public List<ReferenceRow> referenceRows(int empty) {
		List<ReferenceRow> rows = new ArrayList<>(this.references);
		for (int i = 0; i < Math.max(1, empty); i++) {
			rows.add(new ReferenceRow("", "", "", ""));
		}
		return rows;
	}

	/** Whether this front matter makes the article public (now or on its date). */
	boolean publishes() {
		return "published".equals(this.status);
	}

	/** The front matter as YAML, every text quoted. */
	String yamlText() {
		Written out = new Written(new StringBuilder());
		out.scalar("title", this.title);
		out.scalar("heading", this.heading);
		out.scalar("summary", this.summary);
		out.flowList("tags", this.tags);
		out.date("published", this.published);
		out.date("updated", this.updated);
		out.date("checked", this.checked);
		out.date("review-due", this.reviewDue);
		if (!this.status.isEmpty()) {
			out.line("status: " + quoteUnlessPlain(this.status));
		}
		out.flowList("audience", this.audience);
		out.blockList("key-points", this.keyPoints);
		out.blockList("questions", this.questions);
		if (!this.other.isEmpty()) {
			out.line(this.other);
		}
		if (!this.references.isEmpty()) {
			out.line("references:");
			for (ReferenceRow row : this.references) {
				String first = "  - ";
				for (String[] entry : row.entries()) {
					String value = entry[0].equals("year") && YEAR.matcher(entry[1]).matches() ? entry[1]
							: quote(entry[1]);
					out.line(first + entry[0] + ": " + value);
					first = "    ";
				}
			}
		}
		return out.text().toString().stripTrailing();
	}

	/**
	 * The form field of each line of a front matter block: the field of the top-level key
	 * it belongs to, or "other".
	 */
	static List<String> fieldsOfLines(String yaml) {
		List<String> fields = new ArrayList<>();
		String current = "other";
		for (String line : yaml.split("\n", -1)) {
			java.util.regex.Matcher key = TOP_LEVEL_KEY.matcher(line);
			if (key.lookingAt()) {
				current = fieldOfKey(key.group(1));
			}
			fields.add(current);
		}
		return fields;
	}

	/**
	 * The form field that holds a front matter key ("other" for keys without a field).
	 */
	static String fieldOfKey(String key) {
		return switch (key) {
			case "title", "heading", "summary", "tags", "published", "updated", "checked", "status", "audience",
					"questions", "references" ->
				key;
			case "review-due" -> "reviewDue";
			case "key-points" -> "keyPoints";
			default -> "other";
		};
	}

	private record Written(StringBuilder text) {

		void line(String line) {
			this.text.append(line).append('\n');
		}

		void scalar(String key, String value) {
			if (!value.isEmpty()) {
				line(key + ": " + quote(value));
			}
		}

		void date(String key, String value) {
			if (!value.isEmpty()) {
				line(key + ": " + (DATE.matcher(value).matches() ? value : quote(value)));
			}
		}

		void flowList(String key, List<String> values) {
			if (!values.isEmpty()) {
				line(key + ": [" + String.join(", ", values.stream().map(ArticleFields::quoteUnlessPlain).toList())
						+ "]");
			}
		}

		void blockList(String key, String lines) {
			if (!lines.isEmpty()) {
				line(key + ":");
				lines.lines().forEach((item) -> line("  - " + quote(item)));
			}
		}

	}

	/**
	 * One reference as a row of the form.
	 */
	public record ReferenceRow(String title, String publisher, String year, String url) {

		public ReferenceRow {
			title = clean(title);
			publisher = clean(publisher);
			year = clean(year);
			url = clean(url);
		}

		boolean isBlank() {
			return this.title.isEmpty() && this.publisher.isEmpty() && this.year.isEmpty() && this.url.isEmpty();
		}

		List<String[]> entries() {
			List<String[]> entries = new ArrayList<>();
			for (String[] entry : new String[][] { { "title", this.title }, { "publisher", this.publisher },
					{ "year", this.year }, { "url", this.url } }) {
				if (!entry[1].isEmpty()) {
					entries.add(entry);
				}
			}
			return entries;
		}

	}

	private static ArticleFields empty(String other) {
		return new ArticleFields("", "", "", List.of(), "", "", "", "", "", List.of(), "", "", List.of(), other);
	}

	/**
	 * A scalar value taken out of the map, or "" (and left in the map) when it is not
	 * one.
	 */
	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			String text = String.valueOf(value);
			if (!text.contains("\n") || key.equals("summary")) {
				map.remove(key);
				return text.replace('\n', ' ');
			}
		}
		return "";
	}

	/**
	 * A list of one-line scalars taken out of the map, or empty (and left) when it is not
	 * one.
	 */
	private static List<String> list(Map<String, Object> map, String key) {
		if (map.get(key) instanceof List<?> items && items.stream()
			.allMatch((item) -> (item instanceof String || item instanceof Number) && !String.valueOf(item).isBlank()
					&& !String.valueOf(item).contains("\n"))) {
			map.remove(key);
			return items.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static List<ReferenceRow> references(Map<String, Object> map) {
		if (!(map.get("references") instanceof List<?> items)) {
			return List.of();
		}
		List<ReferenceRow> rows = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> entry)
					|| !List.of("title", "publisher", "year", "url")
						.containsAll(entry.keySet().stream().map(String::valueOf).toList())
					|| entry.values().stream().anyMatch((v) -> v instanceof Map || v instanceof List)) {
				return List.of();
			}
			rows.add(new ReferenceRow(string(entry.get("title")), string(entry.get("publisher")),
					string(entry.get("year")), string(entry.get("url"))));
		}
		map.remove("references");
		return rows;
	}

	private static String string(Object value) {
		return (value != null) ? String.valueOf(value) : "";
	}

	private static List<String> values(MultiValueMap<String, String> form, String key) {
		List<String> values = form.get(key);
		return (values != null) ? values : List.of();
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : "";
	}

	private static String clean(String value) {
		return (value != null) ? value.replace("\r\n", "\n").strip() : "";
	}

	/** Non-blank lines, each stripped, one per line. */
	private static String lines(String value) {
		if (value == null) {
			return "";
		}
		return String.join("\n", value.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList());
	}

	static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> quoted.append("\\\\");
				case '"' -> quoted.append("\\\"");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						quoted.append(String.format("\\x%02x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	private static String quoteUnlessPlain(String value) {
		return PLAIN.matcher(value).matches() ? value : quote(value);
	}

	private static String dump(Map<String, Object> rest) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setWidth(4096);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		return new Yaml(new Representer(options), options).dump(rest).strip();
	}

	/** SnakeYAML that reads dates as the text written, as the checker does. */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(2 * 1024 * 1024);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextDates());
	}

	/** The standard resolver without timestamps. */
	private static final class TextDates extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
		}

	}

}
