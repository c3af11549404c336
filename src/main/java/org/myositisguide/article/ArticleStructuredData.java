package org.myositisguide.article;

import org.myositisguide.content.SiteUrls;
import java.util.LinkedHashMap;
import java.util.Map;

import org.myositisguide.web.JsonLd;

import org.springframework.stereotype.Component;

/**
 * The article's schema.org JSON-LD ({@code MedicalWebPage}): what it is about, its dates,
 * when it was last checked against its sources, its citations and its audience, written
 * by {@link JsonLd} and safe to place inside a
 * {@code <script type="application/ld+json">} block.
 */
@Component
public class ArticleStructuredData {

	private final JsonLd jsonLd;

	public ArticleStructuredData(JsonLd jsonLd) {
		this.jsonLd = jsonLd;
	}

	public String of(ArticlePage article, String siteName, String baseUrl) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "MedicalWebPage");
		page.put("name", article.title());
		page.put("headline", article.title());
		page.put("description", article.summary());
		page.put("url", baseUrl + SiteUrls.article(article.slug()));
		page.put("datePublished", article.published().toString());
		page.put("dateModified", ((article.updated() != null) ? article.updated() : article.checked()).toString());
		page.put("lastReviewed", article.checked().toString());
		if (article.clinicalReview() != null) {
			Map<String, Object> reviewer = new LinkedHashMap<>();
			reviewer.put("@type", "Person");
			reviewer.put("name", article.clinicalReview().reviewer());
			reviewer.put("jobTitle", article.clinicalReview().role());
			page.put("reviewedBy", reviewer);
		}
		page.put("audience", Map.of("@type", "MedicalAudience", "audienceType", "Patient"));
		page.put("about",
				article.tags()
					.stream()
					.map((tag) -> Map.of("@type", "MedicalCondition", "name", tag.name()))
					.limit(3)
					.toList());
		page.put("citation", article.references().stream().map(ArticleStructuredData::citation).toList());
		page.put("publisher", Map.of("@type", "Organization", "name", siteName));
		return this.jsonLd.script(page);
	}

	private static Map<String, Object> citation(ArticlePage.ReferenceView reference) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("name", reference.title());
		if (reference.publisher() != null) {
			work.put("publisher", reference.publisher());
		}
		if (reference.year() != null) {
			work.put("datePublished", reference.year().toString());
		}
		if (reference.url() != null) {
			work.put("url", reference.url());
		}
		return work;
	}

}
