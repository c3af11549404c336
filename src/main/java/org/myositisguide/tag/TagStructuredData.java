package org.myositisguide.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myositisguide.article.ArticleCard;
import org.myositisguide.web.JsonLd;

import org.springframework.stereotype.Component;

/**
 * A topic page's schema.org JSON-LD: a {@code CollectionPage} whose main entity is the
 * {@code ItemList} of the articles on that page (newest first), part of the
 * {@code WebSite}. Written by {@link JsonLd}, safe inside a script element.
 */
@Component
public class TagStructuredData {

	private final JsonLd jsonLd;

	public TagStructuredData(JsonLd jsonLd) {
		this.jsonLd = jsonLd;
	}

	public String of(TagPage tag, String siteName, String baseUrl) {
		List<Map<String, Object>> items = new ArrayList<>();
		long position = tag.firstPosition();
		for (ArticleCard card : tag.listed()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", position++);
			item.put("url", baseUrl + card.url());
			item.put("name", card.title());
			items.add(item);
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "ItemList");
		list.put("itemListOrder", "https://schema.org/ItemListOrderDescending");
		list.put("itemListElement", items);
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "CollectionPage");
		page.put("name", tag.title());
		page.put("description", tag.description());
		page.put("url", baseUrl + tag.url() + ((tag.page() > 1) ? "?page=" + tag.page() : ""));
		page.put("mainEntity", list);
		page.put("isPartOf", Map.of("@type", "WebSite", "name", siteName, "url", baseUrl + "/"));
		return this.jsonLd.script(page);
	}

}
