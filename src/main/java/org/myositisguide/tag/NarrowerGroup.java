package org.myositisguide.tag;

import java.util.List;

import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.TagLink;

/**
 * A narrower topic on its broader topic's page: the articles listed under it (those not
 * carrying the broader topic itself, each article under one narrower topic only).
 *
 * @param shown the first of them, its main article first
 * @param total how many there are
 */
public record NarrowerGroup(TagLink topic, List<ArticleCard> shown, long total) {

	/**
	 * Articles a group shows on the broader topic's page; the rest are on its own page.
	 */
	static final int SHOWN = 10;

	public boolean hasMore() {
		return this.total > this.shown.size();
	}

}
