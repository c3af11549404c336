package org.myositisguide.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.index.ArticleSimilarity;
import org.myositisguide.index.ContentIndexer;

import org.springframework.stereotype.Component;

/**
 * Finds the articles nearest each other in meaning (the mean of each article's passage
 * vectors) once every passage has its vector, and hands them to the index, where related
 * lists weigh them beside shared topics and titles: an article with few shared topics
 * still gets useful related articles. Runs again only when the passages changed.
 */
@Component
class SimilarArticles {

	private static final Log logger = LogFactory.getLog(SimilarArticles.class);

	/** Nearest articles kept for each article. */
	static final int KEPT = 8;

	/** Articles less similar than this are not worth relating by meaning. */
	static final double MIN_SCORE = 0.5;

	/** Above this many articles, the nearest are found by comparing signs first. */
	private static final int EXACT_LIMIT = 2000;

	private final ContentIndexer indexer;

	private long signature;

	SimilarArticles(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	/** Called with each complete snapshot; works only when its passages changed. */
	void update(VectorSnapshot snapshot) {
		long sign = 17;
		for (VectorSnapshot.Entry entry : snapshot.entries()) {
			sign = sign * 31 + entry.articleId() * 131 + entry.hash().hashCode();
		}
		if (sign == this.signature || snapshot.size() == 0) {
			return;
		}
		long start = System.nanoTime();
		List<VectorSnapshot.Entry> articles = meanVectors(snapshot.entries());
		VectorSnapshot byArticle = new VectorSnapshot(articles, articles.size() > EXACT_LIMIT);
		List<ArticleSimilarity> similar = new ArrayList<>();
		for (VectorSnapshot.Entry article : articles) {
			float[] query = article.vector().floats();
			for (PassageMatch near : byArticle.nearest(query, KEPT + 1, Integer.MAX_VALUE)) {
				if (near.articleId() != article.articleId() && near.score() >= MIN_SCORE) {
					similar.add(new ArticleSimilarity(article.articleId(), near.articleId(), near.score()));
				}
			}
		}
		this.indexer.writeSimilar(similar);
		this.signature = sign;
		logger.info("Found the articles nearest each other in meaning for " + articles.size() + " articles in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/** Each article's passages' mean vector, as a unit vector. */
	private static List<VectorSnapshot.Entry> meanVectors(List<VectorSnapshot.Entry> passages) {
		Map<Long, float[]> sums = new LinkedHashMap<>();
		for (VectorSnapshot.Entry passage : passages) {
			float[] sum = sums.computeIfAbsent(passage.articleId(), (k) -> new float[Embedder.DIMENSIONS]);
			float[] vector = passage.vector().floats();
			for (int i = 0; i < sum.length; i++) {
				sum[i] += vector[i];
			}
		}
		List<VectorSnapshot.Entry> articles = new ArrayList<>();
		sums.forEach((id, sum) -> articles
			.add(new VectorSnapshot.Entry(id, 0, "", Integer.MIN_VALUE, QuantizedVector.of(Embedder.unit(sum)))));
		return articles;
	}

}
