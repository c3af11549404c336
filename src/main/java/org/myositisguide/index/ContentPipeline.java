package org.myositisguide.index;

import org.myositisguide.content.ContentLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one content pipeline of the application (read, check, render), shared by the
 * indexer and the editor, so that both see the same rules and the same memory of parsed
 * files.
 */
@Configuration(proxyBeanMethods = false)
class ContentPipeline {

	@Bean
	ContentLoader contentLoader() {
		return new ContentLoader();
	}

}
