package org.myositisguide.editor;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.myositisguide.content.ContentLoader;
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
 * Marking an article as checked against its sources moves its review date, so it is never
 * one click: a screen shows what changed since the last check, and only a confirmed form
 * for the version shown records it (as a revision: who, when, what).
 */
@Controller
class CheckedController {

	private final ContentStore store;

	private final Revisions revisions;

	private final Clock clock;

	CheckedController(ContentStore store, Revisions revisions, Clock clock) {
		this.store = store;
		this.revisions = revisions;
		this.clock = clock;
	}

	@GetMapping("/editor/articles/{slug}/checked")
	ModelAndView confirm(@PathVariable String slug) {
		return page(slug, List.of(), HttpStatus.OK);
	}

	@PostMapping("/editor/articles/{slug}/checked")
	Object markChecked(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "") String baseHash, Principal editor, RedirectAttributes redirect) {
		ContentStore.StoredFile file = file(slug);
		if (!file.hash().equals(baseHash)) {
			return page(slug, List.of("The article changed since this page was shown. Look at the changes again; "
					+ "nothing was marked."), HttpStatus.CONFLICT);
		}
		java.util.Set<String> authors = authorsSinceLastCheck(slug);
		if (authors.contains(editor.getName())) {
			return page(slug, List.of("You changed this article since its last check, so another reviewer must "
					+ "check it; nothing was marked."), HttpStatus.FORBIDDEN);
		}
		if (!confirm) {
			return page(slug, List.of("Tick the box to confirm that you checked the article against its sources; "
					+ "nothing was marked."), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		SaveResult result = this.store.markReviewed(slug, editor.getName(), LocalDate.now(this.clock));
		redirect.addFlashAttribute("message",
				(result instanceof SaveResult.Saved)
						? "Marked '" + slug + "' as checked against its sources today, by " + editor.getName() + "."
						: "Could not mark '" + slug + "' as checked: " + result.explain());
		return "redirect:/editor";
	}

	/**
	 * Who saved the article since it was last marked checked (in the browser, or "disk"
	 * for changes found in the files).
	 */
	private java.util.Set<String> authorsSinceLastCheck(String slug) {
		java.util.Set<String> authors = new java.util.HashSet<>();
		for (Revision revision : this.revisions.forPath(ContentStore.articlePath(slug))) {
			if (revision.action().equals("checked")) {
				break;
			}
			authors.add(revision.author());
		}
		return authors;
	}

	private ModelAndView page(String slug, List<String> errors, HttpStatus status) {
		ContentStore.StoredFile file = file(slug);
		String path = ContentStore.articlePath(slug);
		Optional<Revision> lastCheck = this.revisions.forPath(path)
			.stream()
			.filter((r) -> r.action().equals("checked"))
			.findFirst();
		ModelAndView page = new ModelAndView("editor/checked", status);
		page.addObject("slug", slug);
		page.addObject("baseHash", file.hash());
		page.addObject("errors", errors);
		page.addObject("lastCheck", lastCheck.orElse(null));
		page.addObject("changedBy",
				authorsSinceLastCheck(slug).stream()
					.map((author) -> "disk".equals(author) ? "changes found in the files" : author)
					.sorted()
					.toList());
		page.addObject("diff", lastCheck.map((r) -> Diffs.unified("at the last check", r.content(), "now", file.text()))
			.orElse(List.of()));
		page.addObject("noindex", true);
		return page;
	}

	private ContentStore.StoredFile file(String slug) {
		if (!ContentLoader.isSlug(slug)) {
			throw new ResourceNotFoundException("Article '" + slug + "'");
		}
		return this.store.readArticle(slug).orElseThrow(() -> new ResourceNotFoundException("Article '" + slug + "'"));
	}

}
