package org.myositisguide.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.myositisguide.catalog.IndexChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index change makes only the pages it touches out of date: the changed articles,
 * their topics, the lists that show articles, and the changed pages about the site.
 */
class PageCacheTests {

	private final IndexChange oneArticle = new IndexChange(5, false, Set.of("muscle-biopsy"), Set.of("diagnosis"),
			Set.of());

	@Test
	void aChangedArticleTouchesItsPagesItsTopicsAndTheLists() {
		assertThat(PageCache.touches(this.oneArticle, "/articles/muscle-biopsy")).isTrue();
		assertThat(PageCache.touches(this.oneArticle, "/articles/muscle-biopsy/print")).isTrue();
		assertThat(PageCache.touches(this.oneArticle, "/tags/diagnosis?page=2")).isTrue();
		for (String list : new String[] { "/", "/tags", "/feed.atom", "/sitemap.xml", "/body", "/body/hips",
				"/search?q=biopsy", "/print?articles=muscle-biopsy,emg-and-muscle-mri" }) {
			assertThat(PageCache.touches(this.oneArticle, list)).as(list).isTrue();
		}
	}

	@Test
	void pagesItDoesNotShowStayCurrent() {
		assertThat(PageCache.touches(this.oneArticle, "/articles/lung-involvement")).isFalse();
		assertThat(PageCache.touches(this.oneArticle, "/tags/lungs")).isFalse();
		assertThat(PageCache.touches(this.oneArticle, "/glossary/biopsy")).isFalse();
		assertThat(PageCache.touches(this.oneArticle, "/about/how-we-write-and-check")).isFalse();
	}

	@Test
	void aChangedPageAboutTheSiteTouchesOnlyItself() {
		IndexChange page = new IndexChange(6, false, Set.of(), Set.of(), Set.of("how-we-write-and-check"));
		assertThat(PageCache.touches(page, "/about/how-we-write-and-check")).isTrue();
		assertThat(PageCache.touches(page, "/")).isFalse();
		assertThat(PageCache.touches(page, "/articles/muscle-biopsy")).isFalse();
	}

	@Test
	void aChangeOfEverythingTouchesEveryPage() {
		assertThat(PageCache.touches(IndexChange.everything(7), "/glossary/biopsy")).isTrue();
		assertThat(PageCache.touches(IndexChange.everything(7), "/offline")).isTrue();
	}

}
