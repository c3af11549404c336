package org.myositisguide.index;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date with the content folder when the application starts.
 */
@Component
class IndexOnStartup implements ApplicationRunner {

	private final ContentIndexer indexer;

	IndexOnStartup(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.indexer.reindex();
	}

}
