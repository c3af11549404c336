package org.myositisguide.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.myositisguide.meaning.Embedder;
import org.myositisguide.meaning.PassageVectors;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.IndexState;

import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Searches beyond the allowed number at once wait their turn, and give up with the "try
 * again soon" answer (a transient database error, shown as 503) when it does not come.
 */
class SearchTurnsTests {

	@Test
	void aSearchWaitsForItsTurnAndGivesUpAfterTheQueueTimeout() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		QueryAnalyzer analyzer = mock(QueryAnalyzer.class);
		given(analyzer.analyze(anyString(), any())).willAnswer((invocation) -> {
			if (invocation.getArgument(0).equals("slow")) {
				started.countDown();
				release.await(10, TimeUnit.SECONDS);
			}
			return new QueryAnalysis(invocation.getArgument(0), List.of(), null, null, Map.of(), 0, List.of());
		});
		SearchRepository repository = mock(SearchRepository.class);
		given(repository.glossary()).willReturn(List.of());
		HeadQueries heads = mock(HeadQueries.class);
		SiteProperties properties = mock(SiteProperties.class);
		given(properties.search()).willReturn(new SiteProperties.Search(10, 200, 0.5, 0, 1, Duration.ofMillis(100)));
		SearchService search = new SearchService(analyzer, repository, properties,
				Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), mock(IndexState.class),
				mock(SearchStats.class), heads, mock(Embedder.class), mock(PassageVectors.class), mock(OffTopic.class),
				mock(UrgentPhrases.class), mock(SubjectNames.class));

		CompletableFuture<SearchResults> slow = CompletableFuture.supplyAsync(() -> search.search("slow", 1));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> search.search("quick", 1));
		release.countDown();
		assertThat(slow.get(5, TimeUnit.SECONDS).query()).isEqualTo("slow");
		assertThat(search.search("quick", 1).query()).isEqualTo("quick");
	}

}
