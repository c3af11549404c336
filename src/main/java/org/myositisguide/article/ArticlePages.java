package org.myositisguide.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.myositisguide.catalog.ArticleDetail;
import org.myositisguide.catalog.ArticleSummary;
import org.myositisguide.catalog.Articles;
import org.myositisguide.catalog.CareCard;
import org.myositisguide.catalog.GlossaryTerms;
import org.myositisguide.catalog.Listing;
import org.myositisguide.catalog.Topics;
import org.myositisguide.content.ArticleSource;
import org.myositisguide.content.MarkdownRenderer;
import org.myositisguide.review.ClinicalReviews;
import org.myositisguide.web.LeadParagraph;

import org.springframework.stereotype.Service;

/**
 * Reads public articles from the index and maps them to view records. Everything shown
 * was derived when the article was indexed; requests only read.
 */
@Service
public class ArticlePages {

	static final int RELATED_SHOWN = 5;

	private final Articles articles;

	private final Topics topics;

	private final GlossaryTerms glossary;

	private final ClinicalReviews reviews;

	private final Clock clock;

	public ArticlePages(Articles articles, Topics topics, GlossaryTerms glossary, ClinicalReviews reviews,
			Clock clock) {
		this.articles = articles;
		this.topics = topics;
		this.glossary = glossary;
		this.reviews = reviews;
		this.clock = clock;
	}

	public Optional<ArticlePage> find(String slug) {
		LocalDate today = LocalDate.now(this.clock);
		return this.articles.findPublic(slug, today).map((a) -> page(a, today));
	}

	/**
	 * Any article of the index, including drafts and scheduled ones: editors' previews.
	 */
	public Optional<ArticlePage> findForPreview(String slug) {
		LocalDate today = LocalDate.now(this.clock);
		return this.articles.findAny(slug).map((a) -> page(a, today));
	}

	/**
	 * An article as an editor has written it but not saved, laid out exactly like the
	 * public page; the related list is the one the index holds for that slug.
	 */
	public ArticlePage preview(ArticleSource source) {
		LocalDate today = LocalDate.now(this.clock);
		MarkdownRenderer.Rendered rendered = source.rendered();
		Map<String, TagLink> found = new java.util.HashMap<>();
		this.topics.summaries(source.tags()).forEach((t) -> found.put(t.slug(), TagLink.of(t)));
		List<ArticleCard> related = this.articles.findAny(source.slug())
			.map((a) -> cards(this.articles.related(a.id(), today, RELATED_SHOWN)))
			.orElse(List.of());
		return new ArticlePage(source.slug(), source.title(), source.heading(), source.summary(), source.published(),
				source.updated(), source.checked(), source.reviewDue(), rendered.stats().minutes(),
				source.tags().stream().filter(found::containsKey).map(found::get).toList(),
				rendered.toc().stream().map((h) -> new ArticlePage.TocEntry(h.level(), h.id(), h.text())).toList(),
				LeadParagraph.of(rendered.html()),
				source.references()
					.stream()
					.map((r) -> new ArticlePage.ReferenceView(r.title(), r.publisher(), r.year(), r.url()))
					.toList(),
				related, source.keyPoints(), source.questions(), source.changes(),
				clinicalReview(source.slug(), source.updated()));
	}

	/** The current slug for an old one (an article alias), if any. */
	public Optional<String> findRedirect(String alias) {
		return this.articles.findPublicSlugByAlias(alias, LocalDate.now(this.clock));
	}

	public List<ArticleCard> newest(int count) {
		return cards(this.articles.newest(LocalDate.now(this.clock), count));
	}

	/**
	 * Whether readers can see an article today (one summary lookup, not the whole page).
	 */
	public boolean isPublic(String slug) {
		return !cards(List.of(slug)).isEmpty();
	}

	/** The given articles that are public, in the given order. */
	public List<ArticleCard> cards(Collection<String> slugs) {
		Map<String, ArticleSummary> found = new java.util.HashMap<>();
		this.articles.summaries(slugs, LocalDate.now(this.clock)).forEach((a) -> found.put(a.slug(), a));
		return slugs.stream().filter(found::containsKey).map((slug) -> ArticleCard.of(found.get(slug))).toList();
	}

	/** Public articles that name a body region in {@code affects}, newest first. */
	public List<ArticleCard> byRegion(String region) {
		return cards(this.articles.byRegion(region, LocalDate.now(this.clock)));
	}

	/** How many public articles name each body region. */
	public Map<String, Long> countByRegion() {
		return this.articles.countByRegion(LocalDate.now(this.clock));
	}

	/** One page (1-based) of a topic's public articles, newest first. */
	public Listing<ArticleCard> byTopic(String topic, int page, int size) {
		Listing<ArticleSummary> listing = this.articles.byTopic(topic, LocalDate.now(this.clock), page, size);
		return new Listing<>(cards(listing.items()), listing.total(), listing.page(), listing.size());
	}

	/**
	 * The appointment sheet for the given public articles (in the given order, unknown or
	 * repeated ones left out); empty when none is public. A shared urgent sign that more
	 * than one of them shows is on the sheet once. Public articles beyond the sheet's
	 * {@link PrintSheet#MAX_ARTICLES} are named on it as left out, never dropped without
	 * a word.
	 */
	public Optional<PrintSheet> printSheet(List<String> slugs) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> asked = slugs.stream().distinct().limit(PrintSheet.MAX_ASKED).toList();
		List<ArticleCard> available = cards(asked);
		List<String> wanted = available.stream().limit(PrintSheet.MAX_ARTICLES).map(ArticleCard::slug).toList();
		List<ArticleCard> leftOut = available.stream().skip(PrintSheet.MAX_ARTICLES).toList();
		Map<String, ArticleDetail> found = new java.util.HashMap<>();
		this.articles.findPublic(wanted, today).forEach((a) -> found.put(a.slug(), a));
		List<ArticleDetail> ordered = wanted.stream().filter(found::containsKey).map(found::get).toList();
		if (ordered.isEmpty()) {
			return Optional.empty();
		}
		Set<String> termSlugs = new LinkedHashSet<>();
		Set<String> questions = new LinkedHashSet<>();
		Set<String> seenQuestions = new HashSet<>();
		Set<String> seenSigns = new HashSet<>();
		List<PrintSheet.Item> items = new java.util.ArrayList<>();
		for (ArticleDetail a : ordered) {
			termSlugs.addAll(a.glossarySlugs());
			for (String question : a.questions()) {
				if (seenQuestions.add(question.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "))) {
					questions.add(question.strip());
				}
			}
			StringBuilder cards = new StringBuilder();
			for (CareCard card : a.careCards()) {
				if (card.sign() == null || seenSigns.add(card.sign())) {
					cards.append(card.html());
				}
			}
			items.add(new PrintSheet.Item(a.slug(), a.title(), a.summary(), a.checked(), a.reviewDue(), a.keyPoints(),
					cards.toString()));
		}
		List<PrintSheet.Term> terms = termSlugs.isEmpty() ? List.of()
				: this.glossary.find(termSlugs)
					.stream()
					.map((g) -> new PrintSheet.Term(g.term(), g.abbreviation(), g.definition()))
					.toList();
		return Optional.of(new PrintSheet(items, terms, List.copyOf(questions), leftOut));
	}

	private ArticlePage page(ArticleDetail a, LocalDate today) {
		return new ArticlePage(a.slug(), a.title(), a.heading(), a.summary(), a.published(), a.updated(), a.checked(),
				a.reviewDue(), a.minutes(), a.topics().stream().map(TagLink::of).toList(),
				a.toc().stream().map(ArticlePage.TocEntry::parse).toList(), LeadParagraph.of(a.bodyHtml()),
				a.references()
					.stream()
					.map((r) -> new ArticlePage.ReferenceView(r.title(), r.publisher(), r.year(), r.url()))
					.toList(),
				cards(this.articles.related(a.id(), today, RELATED_SHOWN)), a.keyPoints(), a.questions(), a.changes(),
				clinicalReview(a.slug(), a.updated()));
	}

	/** The latest clinical review recorded for an article, as the page shows it. */
	private ArticlePage.ClinicalReviewView clinicalReview(String slug, LocalDate updated) {
		return this.reviews.latest(slug)
			.map((r) -> new ArticlePage.ClinicalReviewView(r.reviewer(), r.role(), r.reviewedOn(),
					updated != null && updated.isAfter(r.reviewedOn())))
			.orElse(null);
	}

	private static List<ArticleCard> cards(List<ArticleSummary> summaries) {
		return summaries.stream().map(ArticleCard::of).toList();
	}

}
