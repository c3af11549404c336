package org.myositisguide.index;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date with the content folder when the application starts (not
 * for commands such as {@code add-editor}, which set {@code site.index-on-start=false}).
 */
@Component
@ConditionalOnProperty(prefix = "site", name = "index-on-start", havingValue = "true", matchIfMissing = true)
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
