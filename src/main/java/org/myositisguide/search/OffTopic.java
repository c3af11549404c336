package org.myositisguide.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.meaning.Embedder;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the guide is not about. Everyday health problems and other subjects
 * ({@code search/out-of-scope.txt}), each embedded once: a query much nearer in meaning
 * to one of these than to any passage of the guide is off-topic. And other conditions by
 * name ({@code search/other-conditions.txt}), and medicines by name and class
 * ({@code search/other-medicines.txt}): a query naming one that no article mentions is
 * about that condition or medicine, whatever its other words.
 */
@Component
class OffTopic {

	private final Embedder embedder;

	private final SearchRepository repository;

	/** Words before a condition's name that ask how it is treated. */
	private static final Set<String> TREATING = Set.of("for", "treat", "treating", "treats", "against");

	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "his", "her", "their", "our", "your",
			"this", "that");

	private final List<String> subjects;

	/** The other conditions, and medicines. */
	private final List<Condition> conditions;

	/** Animals: a question about a pet's illness is for a vet, whatever it names. */
	private final List<Condition> animals;

	/**
	 * Whether public articles mention a condition, by its names and the day: read once
	 * per index version and day.
	 */
	private final Map<List<String>, Mentioned> mentioned = new ConcurrentHashMap<>();

	private volatile List<float[]> vectors;

	OffTopic(Embedder embedder, SearchRepository repository) {
		this.embedder = embedder;
		this.repository = repository;
		this.subjects = lines("/search/out-of-scope.txt");
		List<Condition> conditions = new ArrayList<>(named("/search/other-conditions.txt"));
		conditions.addAll(named("/search/other-medicines.txt"));
		this.conditions = List.copyOf(conditions);
		this.animals = named("/search/animals.txt");
	}

	private static List<Condition> named(String resource) {
		return lines(resource).stream()
			.map((line) -> Arrays.stream(line.split("\\|")).map(PlainWords::of).filter((n) -> !n.isEmpty()).toList())
			.map((names) -> new Condition(names, names.stream().map(OffTopic::stems).toList()))
			.toList();
	}

	private static List<String> lines(String resource) {
		try (InputStream in = OffTopic.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Plain words stemmed (accents folded), between spaces, so that a name matches in the
	 * singular or plural ("kidney stone pain", "restless leg") and without its accents
	 * ("Guillain-Barr\u00e9").
	 */
	private static String stems(String text) {
		StringBuilder stems = new StringBuilder(" ");
		for (String word : PlainWords.of(text).split(" ")) {
			if (!word.isEmpty()) {
				stems.append(Snippets.lexeme(word)).append(' ');
			}
		}
		return stems.toString();
	}

	/**
	 * The first other condition a query names that no public article mentions, with the
	 * name the query uses and the query's other words; empty when it names none.
	 */
	Optional<Named> otherCondition(String query, LocalDate today) {
		return firstNamed(this.conditions, query, today, false);
	}

	/**
	 * The first animal a query names that no public article mentions ("my collie has
	 * dermatomyositis"), as {@link #otherCondition}.
	 */
	Optional<Named> animal(String query, LocalDate today) {
		return firstNamed(this.animals, query, today, true);
	}

	/**
	 * @param byGroup whether the name given is the group's first ("dogs" for "puppy")
	 * rather than the one the query uses
	 */
	private Optional<Named> firstNamed(List<Condition> list, String query, LocalDate today, boolean byGroup) {
		String text = stems(query);
		for (Condition condition : list) {
			for (int i = 0; i < condition.names().size(); i++) {
				String name = condition.stems().get(i);
				int at = text.indexOf(name);
				if (at >= 0) {
					if (!mentioned(condition.names(), today)) {
						return Optional.of(new Named(condition.names().get(byGroup ? 0 : i),
								rest(query, text, at, name), TREATING.contains(wordBefore(query, text, at))));
					}
					break;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The plain word before the name found at a place in the query's stems, past a
	 * determiner ("for a sprained wrist", "for my poison ivy"), or "".
	 */
	private static String wordBefore(String query, String stems, int at) {
		String[] words = PlainWords.of(query).split(" ");
		int before = (int) stems.substring(0, at).chars().filter((c) -> c == ' ').count();
		before = Math.min(before, words.length);
		while (before >= 1 && DETERMINERS.contains(words[before - 1])) {
			before--;
		}
		return (before >= 1) ? words[before - 1] : "";
	}

	/**
	 * The query's plain words without those of the name found at a place in its stems (a
	 * stem for each word, so the words before the name are the stems before it).
	 */
	private static String rest(String query, String stems, int at, String name) {
		List<String> words = new ArrayList<>(
				Arrays.stream(PlainWords.of(query).split(" ")).filter((w) -> !w.isEmpty()).toList());
		int before = (int) stems.substring(0, at).chars().filter((c) -> c == ' ').count();
		int length = name.strip().split(" ").length;
		words.subList(Math.min(before, words.size()), Math.min(before + length, words.size())).clear();
		return String.join(" ", words);
	}

	/**
	 * Another condition a query names.
	 *
	 * @param name the name as the condition list gives it
	 * @param rest the query's other words
	 * @param treated whether the query asks about treating it ("for" or "treat" just
	 * before the name: "prednisone for poison ivy"), so that a medicine of the guide's
	 * beside it is that condition's medicine
	 */
	record Named(String name, String rest, boolean treated) {
	}

	private boolean mentioned(List<String> names, LocalDate today) {
		Mentioned known = this.mentioned.get(names);
		if (known == null || !known.day().equals(today)) {
			known = new Mentioned(today, this.repository.mentions(names, today));
			this.mentioned.put(names, known);
		}
		return known.mentioned();
	}

	/** The index changed: which conditions articles mention is read again. */
	@EventListener
	void indexChanged(IndexChange change) {
		this.mentioned.clear();
	}

	private record Mentioned(LocalDate day, boolean mentioned) {
	}

	/**
	 * Another condition.
	 *
	 * @param names its names, as plain words
	 * @param stems each name's words stemmed, between spaces
	 */
	private record Condition(List<String> names, List<String> stems) {
	}

	/**
	 * The cosine similarity of a unit query vector and the nearest subject the guide is
	 * not about; -1 while the model is not ready.
	 */
	double nearest(float[] query) {
		List<float[]> current = vectors();
		double best = -1;
		for (float[] subject : current) {
			double dot = 0;
			for (int i = 0; i < subject.length; i++) {
				dot += subject[i] * query[i];
			}
			best = Math.max(best, dot);
		}
		return best;
	}

	private List<float[]> vectors() {
		List<float[]> current = this.vectors;
		if (current == null && this.embedder.ready()) {
			synchronized (this) {
				current = this.vectors;
				if (current == null) {
					current = this.subjects.stream().map(this.embedder::query).toList();
					this.vectors = current;
				}
			}
		}
		return (current != null) ? current : List.of();
	}

}
