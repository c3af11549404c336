package org.myositisguide.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes schema.org JSON-LD for a {@code <script type="application/ld+json">} element:
 * JSON from Jackson, with every {@code <} written as {@code \u003c} so that no text (a
 * title holding {@code </script>} or {@code <!--}) can end or confuse the element. In
 * JSON a {@code <} can only stand inside a string, where the escape means the same.
 */
@Component
public class JsonLd {

	private final JsonMapper json;

	public JsonLd(JsonMapper json) {
		this.json = json;
	}

	public String script(Object value) {
		return this.json.writeValueAsString(value).replace("<", "\\u003c");
	}

}
