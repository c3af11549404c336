package org.myositisguide.tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myositisguide.settings.SiteProperties;
import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.ArticlePages;
import org.myositisguide.article.TagLink;
import org.myositisguide.catalog.Articles;
import org.myositisguide.catalog.Listing;
import org.myositisguide.catalog.Topics;

import org.myositisguide.web.LeadParagraph;

import org.springframework.stereotype.Service;

/**
 * Reads topics from the index and maps them to view records.
 */
@Service
public class TagPages {

	/** Pages beyond this do not exist (and their offset would not fit an int). */
	static final int MAX_PAGE = 10_000;

	private final Topics topics;

	private final Articles articles;

	private final ArticlePages articlePages;

	private final int pageSize;

	private final Clock clock;

	public TagPages(Topics topics, Articles articles, ArticlePages articlePages, SiteProperties properties,
			Clock clock) {
		this.topics = topics;
		this.articles = articles;
		this.articlePages = articlePages;
		this.pageSize = properties.tagPageSize();
		this.clock = clock;
	}

	/** One page (1-based) of a topic; empty when the topic or the page does not exist. */
	public Optional<TagPage> find(String slug, int page) {
		if (page < 1 || page > MAX_PAGE) {
			return Optional.empty();
		}
		return this.topics.find(slug).flatMap((topic) -> {
			Listing<ArticleCard> cards = this.articlePages.byTopic(slug, page, this.pageSize);
			if (page > 1 && page > cards.pages()) {
				return Optional.empty();
			}
			List<TagLink> related = this.topics.summaries(topic.related()).stream().map(TagLink::of).toList();
			List<TagLink> path = this.topics.path(slug).stream().map(TagLink::of).toList();
			List<Articles.NarrowerArticle> narrower = this.articles.narrower(slug, LocalDate.now(this.clock));
			List<NarrowerGroup> groups = (page == 1) ? groups(narrower) : List.of();
			ArticleCard start = (page == 1 && topic.mainArticle() != null)
					? this.articlePages.cards(List.of(topic.mainArticle())).stream().findFirst().orElse(null) : null;
			List<ArticleCard> listed = (start == null) ? cards.items()
					: cards.items().stream().filter((c) -> !c.slug().equals(start.slug())).toList();
			return Optional.of(new TagPage(topic.slug(), topic.name(), topic.title(), topic.definition(),
					LeadParagraph.of(topic.introHtml()), start, listed, cards.total(), page, cards.pages(),
					this.pageSize, related, path, groups, cards.total() + narrower.size()));
		});
	}

	/** Narrower topics' articles in groups, in the order given, each group cut short. */
	private static List<NarrowerGroup> groups(List<Articles.NarrowerArticle> narrower) {
		Map<String, List<Articles.NarrowerArticle>> byTopic = new java.util.LinkedHashMap<>();
		narrower.forEach((n) -> byTopic.computeIfAbsent(n.topic().slug(), (k) -> new java.util.ArrayList<>()).add(n));
		return byTopic.values()
			.stream()
			.map((group) -> new NarrowerGroup(TagLink.of(group.get(0).topic()),
					group.stream().limit(NarrowerGroup.SHOWN).map((n) -> ArticleCard.of(n.article())).toList(),
					group.size()))
			.toList();
	}

	/**
	 * Every topic with its number of public articles (its own and its narrower topics',
	 * each once), by name.
	 */
	public List<TopicCount> all() {
		Map<String, Long> counts = this.articles.countByTopic(LocalDate.now(this.clock));
		return this.topics.all()
			.stream()
			.map((t) -> new TopicCount(t.slug(), t.name(), t.definition(), counts.getOrDefault(t.slug(), 0L)))
			.toList();
	}

}
