package org.myositisguide.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware access to a file's YAML front matter (parsed by SnakeYAML). Every
 * problem is recorded with the file and the line of the offending key or value.
 */
public final class FrontMatter {

	private final String path;

	private final int firstLine;

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private final List<Problem> problems;

	private FrontMatter(String path, int firstLine, List<Problem> problems) {
		this.path = path;
		this.firstLine = firstLine;
		this.problems = problems;
	}

	/**
	 * Parses the front matter of a file; a missing or malformed block is reported and
	 * gives an empty front matter.
	 */
	public static FrontMatter parse(SourceFile file, List<Problem> problems) {
		if (!file.hasFrontMatter()) {
			problems.add(Problem.error(file.path(), 1, "missing front matter: the file must start with a '---' line"));
			return new FrontMatter(file.path(), SourceFile.FRONT_MATTER_LINE, problems);
		}
		return parseYaml(file.path(), file.frontMatter(), SourceFile.FRONT_MATTER_LINE, problems);
	}

	/**
	 * Parses a YAML mapping (a front matter block or a whole YAML file).
	 * @param firstLine the 1-based line of the file on which the YAML text starts
	 */
	public static FrontMatter parseYaml(String path, String yaml, int firstLine, List<Problem> problems) {
		FrontMatter frontMatter = new FrontMatter(path, firstLine, problems);
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(2 * 1024 * 1024);
		try {
			Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
			if (root == null) {
				problems.add(Problem.error(path, firstLine, "the YAML block is empty"));
			}
			else if (root instanceof MappingNode mapping) {
				frontMatter.collect(mapping);
			}
			else {
				problems.add(Problem.error(path, frontMatter.lineOf(root), "expected a set of 'key: value' lines"));
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + firstLine : firstLine;
			problems.add(Problem.error(path, line, "invalid YAML: " + ex.getProblem()));
		}
		catch (YAMLException ex) {
			problems.add(Problem.error(path, firstLine, "invalid YAML: " + ex.getMessage()));
		}
		return frontMatter;
	}

	/**
	 * Sets one top-level key of a file's front matter to a plain one-line value, keeping
	 * every other line exactly as written: the key's line is replaced, or the key is
	 * added at the end of the front matter. The parser locates the key, so comments,
	 * quoting and order elsewhere are untouched.
	 * @param text the whole file
	 * @return the new text, or empty when the file has no readable front matter or the
	 * key holds more than one line
	 */
	public static Optional<String> withValue(String text, String key, String value) {
		SourceFile file = SourceFile.parse("", text);
		List<Problem> problems = new ArrayList<>();
		FrontMatter frontMatter = parse(file, problems);
		if (problems.stream().anyMatch(Problem::isError)) {
			return Optional.empty();
		}
		List<String> lines = new ArrayList<>(file.frontMatter().lines().toList());
		String line = key + ": " + value;
		NodeTuple tuple = frontMatter.fields.get(key);
		if (tuple == null) {
			lines.add(line);
		}
		else {
			int start = tuple.getKeyNode().getStartMark().getLine();
			int end = tuple.getValueNode().getEndMark().getLine();
			if (start != end || tuple.getKeyNode().getStartMark().getColumn() != 0) {
				return Optional.empty();
			}
			lines.set(start, line);
		}
		return Optional.of("---\n" + String.join("\n", lines) + "\n---\n" + file.body()
				+ (file.body().endsWith("\n") ? "" : "\n"));
	}

	private void collect(MappingNode mapping) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				this.problems
					.add(Problem.error(this.path, lineOf(tuple.getKeyNode()), "front matter keys must be words"));
				continue;
			}
			if (this.fields.putIfAbsent(key.getValue(), tuple) != null) {
				this.problems.add(Problem.error(this.path, lineOf(key), "'" + key.getValue() + "' is given twice"));
			}
		}
	}

	public String path() {
		return this.path;
	}

	/** The 1-based line of a key, or 1 when it is absent. */
	public int line(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? lineOf(tuple.getKeyNode()) : 1;
	}

	public boolean has(String key) {
		return this.fields.containsKey(key);
	}

	public void warnUnknownKeys(Set<String> known) {
		this.fields.forEach((key, tuple) -> {
			if (!known.contains(key)) {
				this.problems.add(Problem.warning(this.path, lineOf(tuple.getKeyNode()),
						"unknown front matter key '" + key + "' (ignored)"));
			}
		});
	}

	public String requiredString(String key) {
		String value = string(key).orElse(null);
		if (value == null || value.isBlank()) {
			if (has(key)) {
				this.problems.add(Problem.error(this.path, line(key), "'" + key + "' must not be empty"));
			}
			else {
				this.problems.add(Problem.error(this.path, 1, "missing required field '" + key + "'"));
			}
			return "";
		}
		return value;
	}

	public Optional<String> string(String key) {
		NodeTuple tuple = this.fields.get(key);
		if (tuple == null) {
			return Optional.empty();
		}
		return scalar(key, tuple.getValueNode()).map(String::strip);
	}

	public Optional<LocalDate> date(String key, boolean required) {
		Optional<String> value = string(key);
		if (value.isEmpty() || value.get().isBlank()) {
			if (required) {
				this.problems
					.add(Problem.error(this.path, line(key), "missing required date '" + key + "' (YYYY-MM-DD)"));
			}
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value.get()));
		}
		catch (DateTimeParseException ex) {
			this.problems.add(Problem.error(this.path, line(key),
					"'" + key + "' is not a valid date: '" + value.get() + "' (use YYYY-MM-DD)"));
			return Optional.empty();
		}
	}

	/** A list of strings; a single scalar counts as a one-item list. */
	public List<String> stringList(String key) {
		NodeTuple tuple = this.fields.get(key);
		if (tuple == null) {
			return List.of();
		}
		Node value = tuple.getValueNode();
		if (value instanceof ScalarNode) {
			return scalar(key, value).filter((s) -> !s.isBlank()).map((s) -> List.of(s.strip())).orElse(List.of());
		}
		List<String> result = new ArrayList<>();
		for (Node item : items(key, value)) {
			scalar(key, item).map(String::strip).filter((s) -> !s.isEmpty()).ifPresent(result::add);
		}
		return List.copyOf(result);
	}

	/** A list of mappings, each returned as key -> (value, line). */
	public List<Map<String, Located>> mappingList(String key) {
		NodeTuple tuple = this.fields.get(key);
		if (tuple == null) {
			return List.of();
		}
		List<Map<String, Located>> result = new ArrayList<>();
		for (Node item : items(key, tuple.getValueNode())) {
			if (!(item instanceof MappingNode mapping)) {
				this.problems
					.add(Problem.error(this.path, lineOf(item), "each item of '" + key + "' must be a set of fields"));
				continue;
			}
			Map<String, Located> entry = new LinkedHashMap<>();
			for (NodeTuple field : mapping.getValue()) {
				if (field.getKeyNode() instanceof ScalarNode fieldKey) {
					if (field.getValueNode() instanceof SequenceNode list
							&& list.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
						// A list of single values in a field: kept as one value,
						// comma-separated.
						String joined = String.join(",",
								list.getValue().stream().map((n) -> ((ScalarNode) n).getValue().strip()).toList());
						entry.put(fieldKey.getValue(), new Located(joined, lineOf(field.getKeyNode())));
						continue;
					}
					scalar(key, field.getValueNode()).ifPresent(
							(v) -> entry.put(fieldKey.getValue(), new Located(v.strip(), lineOf(field.getKeyNode()))));
				}
			}
			entry.put("", new Located("", lineOf(item)));
			result.add(entry);
		}
		return result;
	}

	private List<Node> items(String key, Node value) {
		if (value instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		this.problems.add(Problem.error(this.path, lineOf(value), "'" + key + "' must be a list"));
		return List.of();
	}

	private Optional<String> scalar(String key, Node node) {
		if (node instanceof ScalarNode scalar) {
			return Optional.of(scalar.getValue());
		}
		this.problems.add(Problem.error(this.path, lineOf(node), "'" + key + "' must be a single value here"));
		return Optional.empty();
	}

	private int lineOf(Node node) {
		return node.getStartMark().getLine() + this.firstLine;
	}

	/** A value with the line it came from. */
	public record Located(String value, int line) {
	}

}
