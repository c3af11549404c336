package org.myositisguide.editor;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.myositisguide.index.ContentIndexer;
import org.myositisguide.review.ClinicalReviews;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording that a named health professional reviewed the current text of an article.
 * Only editors can record one, only with an explicit confirmation, and the article page
 * shows it from then on; without one, the page says the article has not had a clinical
 * review.
 */
@Controller
class ClinicalReviewController {

	static final int MAX_NAME = 200;

	private final ContentStore store;

	private final ClinicalReviews reviews;

	private final ContentIndexer indexer;

	private final Clock clock;

	ClinicalReviewController(ContentStore store, ClinicalReviews reviews, ContentIndexer indexer, Clock clock) {
		this.store = store;
		this.reviews = reviews;
		this.indexer = indexer;
		this.clock = clock;
	}

	@GetMapping("/editor/articles/{slug}/clinical-review")
	ModelAndView form(@PathVariable String slug) {
		return page(slug, new ReviewForm("", "", "", LocalDate.now(this.clock).toString(), ""), List.of(),
				HttpStatus.OK);
	}

	@PostMapping("/editor/articles/{slug}/clinical-review")
	Object record(@PathVariable String slug, @RequestParam(defaultValue = "") String reviewer,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String registration,
			@RequestParam(defaultValue = "") String reviewedOn, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean confirm, Principal editor, RedirectAttributes redirect) {
		ReviewForm form = new ReviewForm(reviewer.strip(), role.strip(), registration.strip(), reviewedOn.strip(),
				note.strip());
		ContentStore.StoredFile file = file(slug);
		List<String> errors = new ArrayList<>();
		if (form.reviewer().isEmpty() || form.reviewer().length() > MAX_NAME) {
			errors.add("Give the reviewer's full name (at most " + MAX_NAME + " characters).");
		}
		if (form.role().isEmpty() || form.role().length() > MAX_NAME) {
			errors.add("Give the reviewer's profession and specialty, such as 'Consultant rheumatologist'.");
		}
		if (form.registration().length() > MAX_NAME || form.note().length() > 2000) {
			errors.add("The registration or the note is too long.");
		}
		LocalDate date = date(form.reviewedOn());
		if (date == null || date.isAfter(LocalDate.now(this.clock))) {
			errors.add("Give the day of the review as a date that is not in the future.");
		}
		if (!confirm) {
			errors.add("Confirm that this person reviewed the current text and agreed to be named.");
		}
		if (!errors.isEmpty()) {
			return page(slug, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.reviews.record(slug, form.reviewer(), form.role(), blankToNull(form.registration()), date, file.hash(),
				blankToNull(form.note()), editor.getName());
		this.indexer.announceArticles(java.util.Set.of(slug));
		redirect.addFlashAttribute("message", "Recorded the clinical review of '" + slug + "' by " + form.reviewer()
				+ ". The article page shows it.");
		return "redirect:/editor";
	}

	private ModelAndView page(String slug, ReviewForm form, List<String> errors, HttpStatus status) {
		file(slug);
		ModelAndView page = new ModelAndView("editor/clinical-review", status);
		page.addObject("slug", slug);
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("reviews", this.reviews.all(slug));
		page.addObject("noindex", true);
		return page;
	}

	private ContentStore.StoredFile file(String slug) {
		if (!org.myositisguide.content.ContentLoader.isSlug(slug)) {
			throw new ResourceNotFoundException("Article '" + slug + "'");
		}
		return this.store.readArticle(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Article file '" + slug + "'"));
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/** What the editor typed, kept when the form is shown again. */
	record ReviewForm(String reviewer, String role, String registration, String reviewedOn, String note) {
	}

}
