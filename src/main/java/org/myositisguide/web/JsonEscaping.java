package org.myositisguide.web;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * All the JSON we write (the search API, JSON-LD) carries no markup characters: Jackson
 * writes {@code <}, {@code >}, {@code &} and {@code '} as {@code \u003C} and so on, which
 * mean the same to any JSON reader. So a title holding {@code <script>} stays harmless
 * even for a client that puts it into a page as HTML, or a browser that sniffs the
 * response. Otherwise Spring Boot's own builder, with every customizer applied.
 */
@Configuration(proxyBeanMethods = false)
class JsonEscaping {

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper
			.builder(JsonFactory.builder().characterEscapes(new MarkupEscapes()).build());
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/** JSON's standard escapes, and the characters that mean something in HTML. */
	static final class MarkupEscapes extends CharacterEscapes {

		private final int[] ascii = standardAsciiEscapesForJSON();

		MarkupEscapes() {
			for (char markup : new char[] { '<', '>', '&', '\'' }) {
				this.ascii[markup] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
