package org.myositisguide.article;

import org.myositisguide.catalog.GlossaryRepository;
import org.myositisguide.catalog.Tag;
import org.myositisguide.catalog.TagRepository;
import org.myositisguide.content.ArticleSource;
import org.myositisguide.content.MarkdownRenderer;
import org.myositisguide.review.ClinicalReviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.myositisguide.catalog.Article;
import org.myositisguide.catalog.ArticleRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads public articles from the index and maps them to view records.
 */
@Service
@Transactional(readOnly = true)
public class ArticlePages {

	static final int RELATED_SHOWN = 5;

	private final ArticleRepository articles;

	private final Clock clock;

	private final TagRepository tags;

	private final GlossaryRepository glossary;

	private final ClinicalReviews reviews;

	public ArticlePages(ArticleRepository articles, TagRepository tags, GlossaryRepository glossary,
			ClinicalReviews reviews, Clock clock) {
		this.articles = articles;
		this.reviews = reviews;
		this.tags = tags;
		this.glossary = glossary;
		this.clock = clock;
	}

	/**
	 * Any article of the index, including drafts and scheduled ones: editors' previews.
	 */
	public Optional<ArticlePage> findForPreview(String slug) {
		LocalDate today = LocalDate.now(this.clock);
		return this.articles.findBySlug(slug).map((a) -> page(a, today));
	}

	/**
	 * An article as an editor has written it but not saved, laid out exactly like the
	 * public page; the related list is the one the index holds for that slug.
	 */
	public ArticlePage preview(ArticleSource source) {
		LocalDate today = LocalDate.now(this.clock);
		MarkdownRenderer.Rendered rendered = source.rendered();
		List<Tag> found = this.tags.findBySlugInOrderByNameAsc(source.tags());
		List<TagLink> tagLinks = source.tags()
			.stream()
			.flatMap((slug) -> found.stream().filter((t) -> t.getSlug().equals(slug)))
			.map(TagLink::of)
			.toList();
		List<ArticleCard> related = this.articles.findBySlug(source.slug())
			.map((a) -> this.articles.findRelated(a.getId(), today, Limit.of(RELATED_SHOWN))
				.stream()
				.map(ArticleCard::of)
				.toList())
			.orElse(List.of());
		return new ArticlePage(source.slug(), source.title(), source.summary(), source.published(), source.updated(),
				source.checked(), source.reviewDue(), rendered.stats().minutes(), tagLinks,
				rendered.toc().stream().map((h) -> new ArticlePage.TocEntry(h.level(), h.id(), h.text())).toList(),
				rendered.html(),
				source.references()
					.stream()
					.map((r) -> new ArticlePage.ReferenceView(r.title(), r.publisher(), r.year(), r.url()))
					.toList(),
				related, source.keyPoints(), source.questions(), source.changes(),
				clinicalReview(source.slug(), source.updated()));
	}

	/** The latest clinical review recorded for an article, as the page shows it. */
	private ArticlePage.ClinicalReviewView clinicalReview(String slug, LocalDate updated) {
		return this.reviews.latest(slug)
			.map((r) -> new ArticlePage.ClinicalReviewView(r.reviewer(), r.role(), r.reviewedOn(),
					updated != null && updated.isAfter(r.reviewedOn())))
			.orElse(null);
	}

	public Optional<ArticlePage> find(String slug) {
		LocalDate today = LocalDate.now(this.clock);
		return this.articles.findPublic(slug, today).map((a) -> page(a, today));
	}

	/** The current slug for an old one (an article alias), if any. */
	public Optional<String> findRedirect(String alias) {
		return this.articles.findPublicSlugByAlias(alias, LocalDate.now(this.clock));
	}

	public List<ArticleCard> newest(int count) {
		return this.articles.findNewest(LocalDate.now(this.clock), Limit.of(count))
			.stream()
			.map(ArticleCard::of)
			.toList();
	}

	/** The given articles that are public, in the given order. */
	public List<ArticleCard> cards(Collection<String> slugs) {
		List<Article> found = this.articles.findPublicBySlugs(slugs, LocalDate.now(this.clock));
		return slugs.stream()
			.flatMap((slug) -> found.stream().filter((a) -> a.getSlug().equals(slug)))
			.map(ArticleCard::of)
			.toList();
	}

	/** Public articles that name a body region in {@code affects}, newest first. */
	public List<ArticleCard> byRegion(String region) {
		return this.articles.findPublicByRegion(region, LocalDate.now(this.clock))
			.stream()
			.map(ArticleCard::of)
			.toList();
	}

	/** How many public articles name each body region. */
	public java.util.Map<String, Long> countByRegion() {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		this.articles.countPublicByRegion(LocalDate.now(this.clock))
			.forEach((c) -> counts.put(c.getRegion(), c.getArticles()));
		return counts;
	}

	public Page<ArticleCard> byTag(String tag, int page, int size) {
		return this.articles.findPublicByTag(tag, LocalDate.now(this.clock), PageRequest.of(page, size))
			.map(ArticleCard::of);
	}

	/**
	 * The appointment sheet for the given public articles (in the given order, unknown or
	 * repeated ones left out); empty when none is public.
	 */
	public Optional<PrintSheet> printSheet(List<String> slugs) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> wanted = slugs.stream().distinct().limit(PrintSheet.MAX_ARTICLES).toList();
		List<Article> found = this.articles.findPublicBySlugs(wanted, today);
		List<Article> ordered = wanted.stream()
			.flatMap((slug) -> found.stream().filter((a) -> a.getSlug().equals(slug)))
			.toList();
		if (ordered.isEmpty()) {
			return Optional.empty();
		}
		java.util.Set<String> termSlugs = new java.util.LinkedHashSet<>();
		java.util.Set<String> questions = new java.util.LinkedHashSet<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Article a : ordered) {
			GLOSSARY_LINK.matcher(a.getBodyHtml()).results().forEach((m) -> termSlugs.add(m.group(1)));
			for (String question : a.getQuestions()) {
				if (seen.add(question.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "))) {
					questions.add(question.strip());
				}
			}
		}
		List<PrintSheet.Term> terms = termSlugs.isEmpty() ? List.of()
				: this.glossary.findBySlugInOrderByTermAsc(termSlugs)
					.stream()
					.map((g) -> new PrintSheet.Term(g.getTerm(), g.getAbbreviation(), g.getDefinition()))
					.toList();
		java.util.Set<String> signs = new java.util.HashSet<>();
		return Optional.of(new PrintSheet(ordered.stream()
			.map((a) -> new PrintSheet.Item(a.getSlug(), a.getTitle(), a.getSummary(), a.getChecked(), a.getReviewDue(),
					a.getKeyPoints(), careCards(a.getBodyHtml(), signs)))
			.toList(), terms, List.copyOf(questions)));
	}

	/**
	 * The care cards of an article's stored (already sanitized) body, ids made unique; a
	 * shared urgent sign already on the sheet is not shown again.
	 * @param signs the classes naming the shared signs shown so far (added to)
	 */
	private static String careCards(String bodyHtml, java.util.Set<String> signs) {
		org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(bodyHtml);
		body.outputSettings().prettyPrint(false);
		StringBuilder cards = new StringBuilder();
		String prefix = "sheet-" + Integer.toHexString(bodyHtml.hashCode()) + "-";
		for (org.jsoup.nodes.Element card : body.select("aside.care")) {
			boolean shown = card.classNames()
				.stream()
				.filter((c) -> c.startsWith("sign-"))
				.anyMatch((sign) -> !signs.add(sign));
			if (shown) {
				continue;
			}
			for (org.jsoup.nodes.Element labelled : card.select("[id]")) {
				labelled.id(prefix + labelled.id());
			}
			card.attr("aria-labelledby", prefix + card.attr("aria-labelledby"));
			cards.append(card.outerHtml());
		}
		return cards.toString();
	}

	private static final java.util.regex.Pattern GLOSSARY_LINK = java.util.regex.Pattern
		.compile("href=\"/glossary/([a-z0-9-]+)\"");

	private ArticlePage page(Article a, LocalDate today) {
		List<ArticleCard> related = this.articles.findRelated(a.getId(), today, Limit.of(RELATED_SHOWN))
			.stream()
			.map(ArticleCard::of)
			.toList();
		return new ArticlePage(a.getSlug(), a.getTitle(), a.getSummary(), a.getPublished(), a.getUpdated(),
				a.getChecked(), a.getReviewDue(), a.getReadingMinutes(), a.getTags().stream().map(TagLink::of).toList(),
				a.getToc().stream().map(ArticlePage.TocEntry::parse).toList(), a.getBodyHtml(),
				a.getReferences()
					.stream()
					.map((r) -> new ArticlePage.ReferenceView(r.getTitle(), r.getPublisher(), r.getYear(), r.getUrl()))
					.toList(),
				related, a.getKeyPoints(), a.getQuestions(), a.getChanges(),
				clinicalReview(a.getSlug(), a.getUpdated()));
	}

}
