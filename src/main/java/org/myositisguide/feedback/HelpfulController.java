package org.myositisguide.feedback;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.myositisguide.article.ArticlePage;
import org.myositisguide.article.ArticlePages;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Was this page helpful?" under every article: yes or no and an optional comment, sent
 * as a plain form (no script, no cookie). A hidden field people never fill in, a size
 * limit and a limit per address keep robots out; any answer gets a page, never an error.
 */
@Controller
class HelpfulController {

	static final int MAX_COMMENT = 500;

	private final PageFeedback feedback;

	private final ReportLimiter limiter;

	private final ArticlePages articles;

	HelpfulController(PageFeedback feedback, ReportLimiter limiter, ArticlePages articles) {
		this.feedback = feedback;
		this.limiter = limiter;
		this.articles = articles;
	}

	@PostMapping("/articles/{slug}/feedback")
	ModelAndView answer(@PathVariable String slug, @RequestParam(defaultValue = "") String helpful,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String website,
			HttpServletRequest request) {
		ArticlePage article = this.articles.find(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Article '" + slug + "'"));
		String text = comment.strip();
		if (!website.isEmpty()) {
			return page(article, true, List.of(), HttpStatus.OK);
		}
		if (!helpful.equals("yes") && !helpful.equals("no")) {
			return page(article, false, List.of("Please choose Yes or No."), HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("comment", limit(text));
		}
		if (text.length() > MAX_COMMENT) {
			return page(article, false, List
				.of("Please keep your comment to " + MAX_COMMENT + " characters. It has " + text.length() + "."),
					HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("comment", text);
		}
		if (!this.limiter.allowAnswer(request.getRemoteAddr())
				|| !this.feedback.add(slug, helpful.equals("yes"), text.isEmpty() ? null : text)) {
			return page(article, false,
					List.of("We have had a lot of answers in a short time. Please try again later."),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		return page(article, true, List.of(), HttpStatus.OK).addObject("helpful", helpful.equals("yes"));
	}

	private static String limit(String text) {
		return (text.length() > MAX_COMMENT) ? text.substring(0, MAX_COMMENT) : text;
	}

	private static ModelAndView page(ArticlePage article, boolean thanks, List<String> errors, HttpStatus status) {
		ModelAndView page = new ModelAndView("article/feedback", status);
		page.addObject("article", article);
		page.addObject("thanks", thanks);
		page.addObject("errors", errors);
		page.addObject("comment", "");
		page.addObject("maxComment", MAX_COMMENT);
		page.addObject("noindex", true);
		return page;
	}

}
