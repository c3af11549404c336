package org.myositisguide.article;

import org.myositisguide.catalog.Tag;

/**
 * A link to a topic page, with the topic's one-line definition as a hint.
 */
public record TagLink(String slug, String name, String definition) {

	public static TagLink of(Tag tag) {
		return new TagLink(tag.getSlug(), tag.getName(), tag.getDefinition());
	}

	public String url() {
		return "/tags/" + this.slug;
	}

}
