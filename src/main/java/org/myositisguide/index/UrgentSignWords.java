package org.myositisguide.index;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.myositisguide.content.UrgentSign;

/**
 * An urgent sign's own words, for search: its title and the signs its card lists, as
 * plain text, without its other paragraphs: whom it is for (every card on steroids says
 * "steroid tablets, such as prednisolone") and what else to do (the mood card says "being
 * sick" only where it points to the adrenal crisis card).
 */
final class UrgentSignWords {

	private static final Parser PARSER = Parser.builder().build();

	private UrgentSignWords() {
	}

	static String of(UrgentSign sign) {
		List<String> words = new ArrayList<>();
		words.add(sign.title());
		for (Node block : PARSER.parse(sign.body()).getChildren()) {
			if (block instanceof ListBlock list) {
				for (Node item : list.getChildren()) {
					if (item instanceof ListItem) {
						words.add(text(item));
					}
				}
			}
		}
		return String.join("\n", words);
	}

	private static String text(Node node) {
		return new TextCollectingVisitor().collectAndGetText(node).strip();
	}

}
