package org.myositisguide.tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.myositisguide.SiteProperties;
import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.ArticlePages;
import org.myositisguide.article.TagLink;
import org.myositisguide.catalog.ArticleRepository;
import org.myositisguide.catalog.TagRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads topics from the index and maps them to view records.
 */
@Service
@Transactional(readOnly = true)
public class TagPages {

	/** Pages beyond this do not exist (and their offset would not fit an int). */
	static final int MAX_PAGE = 10_000;

	private final TagRepository tags;

	private final ArticleRepository articles;

	private final ArticlePages articlePages;

	private final int pageSize;

	private final Clock clock;

	public TagPages(TagRepository tags, ArticleRepository articles, ArticlePages articlePages,
			SiteProperties properties, Clock clock) {
		this.tags = tags;
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
		return this.tags.findBySlug(slug).flatMap((tag) -> {
			Page<ArticleCard> cards = this.articlePages.byTag(slug, page - 1, this.pageSize);
			if (page > 1 && page > cards.getTotalPages()) {
				return Optional.empty();
			}
			List<TagLink> related = this.tags.findBySlugInOrderByNameAsc(Arrays.asList(tag.getRelated()))
				.stream()
				.map(TagLink::of)
				.toList();
			return Optional.of(new TagPage(tag.getSlug(), tag.getName(), tag.getTitle(), tag.getDefinition(),
					tag.getIntroHtml(), cards.getContent(), cards.getTotalElements(), page,
					Math.max(1, cards.getTotalPages()), this.pageSize, related));
		});
	}

	/** Every topic with its number of public articles, by name. */
	public List<TopicSummary> all() {
		Map<String, Long> counts = this.articles.countPublicByTag(LocalDate.now(this.clock))
			.stream()
			.collect(Collectors.toMap(ArticleRepository.TagCount::getSlug, ArticleRepository.TagCount::getArticles));
		return this.tags.findAllByOrderByNameAsc()
			.stream()
			.map((t) -> new TopicSummary(t.getSlug(), t.getName(), t.getDefinition(),
					counts.getOrDefault(t.getSlug(), 0L)))
			.toList();
	}

}
