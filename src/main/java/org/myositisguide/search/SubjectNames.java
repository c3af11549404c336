package org.myositisguide.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names of the condition the whole guide is about: the names and aliases of the
 * topics {@code site.yml} lists as {@code subject-topics} and of every topic under them
 * ({@code broader}). An alias that names a glossary term whose own name does not hold the
 * topic's is a sign of the condition ("purple eyelid rash" is the heliotrope rash), not a
 * name of it, and is left out; "jdm" (juvenile dermatomyositis) stays. Read once per
 * index version.
 */
@Component
class SubjectNames {

	private final JdbcTemplate jdbc;

	private final SiteSettings site;

	private volatile Names names;

	SubjectNames(org.myositisguide.db.ReaderDatabase readers, SiteSettings site) {
		this.jdbc = readers.jdbc();
		this.site = site;
	}

	/**
	 * The query without the condition's names (as plain words), or null when it names
	 * none.
	 */
	String without(String query) {
		String text = " " + PlainWords.of(query) + " ";
		boolean found = false;
		for (String name : names().longestFirst()) {
			String spaced = " " + name + " ";
			while (text.contains(spaced)) {
				text = text.replace(spaced, " ");
				found = true;
			}
		}
		return found ? text.strip() : null;
	}

	/**
	 * The longest name of one of the condition's types in the query ("does prednisone
	 * help ibm"), if any.
	 */
	Optional<Type> namedType(String query) {
		String text = " " + PlainWords.of(query) + " ";
		return names().types().stream().filter((type) -> text.contains(" " + type.name() + " ")).findFirst();
	}

	/** Whether a word is part of one of the condition's names. */
	boolean isNameWord(String word) {
		return names().words().contains(PlainWords.of(word));
	}

	private Names names() {
		Names current = this.names;
		if (current == null) {
			current = load();
			this.names = current;
		}
		return current;
	}

	private Names load() {
		Set<String> subjects = new HashSet<>(this.site.current().subjectTopics());
		if (subjects.isEmpty()) {
			return new Names(List.of(), Set.of(), List.of());
		}
		// Every glossary name (term, abbreviation, alias) to its term.
		Map<String, String> glossary = new HashMap<>();
		this.jdbc.query("select g.term, g.abbreviation, g.aliases from glossary_term g", (rs) -> {
			String term = PlainWords.of(rs.getString(1));
			glossary.put(term, term);
			if (rs.getString(2) != null) {
				glossary.putIfAbsent(PlainWords.of(rs.getString(2)), term);
			}
			for (String alias : (String[]) rs.getArray(3).getArray()) {
				glossary.putIfAbsent(PlainWords.of(alias), term);
			}
		});
		Map<String, String> broader = new HashMap<>();
		Map<String, List<String>> topicNames = new HashMap<>();
		Map<String, String> mainArticles = new HashMap<>();
		Map<String, String> displayNames = new HashMap<>();
		this.jdbc.query("select t.slug, t.broader, t.name, t.aliases, t.main_article from tag t", (rs) -> {
			displayNames.put(rs.getString(1), rs.getString(3));
			if (rs.getString(2) != null) {
				broader.put(rs.getString(1), rs.getString(2));
			}
			if (rs.getString(5) != null) {
				mainArticles.put(rs.getString(1), rs.getString(5));
			}
			List<String> all = new ArrayList<>();
			String name = PlainWords.of(rs.getString(3));
			all.add(name);
			for (String alias : (String[]) rs.getArray(4).getArray()) {
				String plain = PlainWords.of(alias);
				String term = glossary.get(plain);
				if (term == null || (" " + term + " ").contains(" " + name + " ")) {
					all.add(plain);
				}
			}
			topicNames.put(rs.getString(1), all);
		});
		Set<String> names = new HashSet<>();
		Map<String, String> typeNames = new HashMap<>();
		Set<String> overviews = new HashSet<>();
		subjects.forEach((subject) -> overviews.add(mainArticles.get(subject)));
		for (Map.Entry<String, List<String>> topic : topicNames.entrySet()) {
			if (under(topic.getKey(), subjects, broader)) {
				topic.getValue().stream().filter((n) -> !n.isEmpty()).forEach(names::add);
				if (!subjects.contains(topic.getKey()) && !overviews.contains(mainArticles.get(topic.getKey()))) {
					String topicName = displayNames.get(topic.getKey());
					topic.getValue()
						.stream()
						.filter((n) -> !n.isEmpty())
						.forEach((n) -> typeNames.putIfAbsent(n, topicName));
				}
			}
		}
		List<Type> types = new ArrayList<>();
		typeNames.forEach((name, topic) -> types.add(new Type(name, topic)));
		types.sort(Comparator.comparingInt((Type t) -> t.name().length())
			.reversed()
			.thenComparing(Type::name, Comparator.naturalOrder()));
		Set<String> words = new HashSet<>();
		names.forEach((n) -> words.addAll(List.of(n.split(" "))));
		List<String> ordered = new ArrayList<>(names);
		ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		return new Names(List.copyOf(ordered), Set.copyOf(words), List.copyOf(types));
	}

	/** Whether a topic is one of the subjects or under one (broader chains end). */
	private static boolean under(String topic, Set<String> subjects, Map<String, String> broader) {
		Set<String> seen = new HashSet<>();
		for (String t = topic; t != null && seen.add(t); t = broader.get(t)) {
			if (subjects.contains(t)) {
				return true;
			}
		}
		return false;
	}

	@EventListener
	void indexChanged(IndexChange change) {
		this.names = null;
	}

	/**
	 * @param types the names of the condition's types, longest first: topics under the
	 * subjects whose main article is not the subjects' overview ("ibm", "jdm", not
	 * "myositis")
	 */
	private record Names(List<String> longestFirst, Set<String> words, List<Type> types) {
	}

	/**
	 * A type of the condition named in a query.
	 *
	 * @param name the name as plain words
	 * @param topic the name of the type's topic, as articles list it
	 */
	record Type(String name, String topic) {
	}

}
