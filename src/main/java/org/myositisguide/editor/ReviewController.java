package org.myositisguide.editor;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * Review before publish: the changes to published articles waiting for a reviewer, one
 * change with what it does to the published text, and the decision. Only a reviewer who
 * is not the change's author can approve it, and only with a confirmation; approving
 * publishes it through the same safe save as any other (a change to a text that has
 * changed since is sent back, never written over it).
 */
@Controller
class ReviewController {

	static final int MAX_COMMENT = 2000;

	private final PendingChanges changes;

	private final ContentStore store;

	private final EditorAccounts accounts;

	private final ClinicalReviews reviews;

	private final ContentIndexer indexer;

	private final Clock clock;

	ReviewController(PendingChanges changes, ContentStore store, EditorAccounts accounts, ClinicalReviews reviews,
			ContentIndexer indexer, Clock clock) {
		this.changes = changes;
		this.store = store;
		this.accounts = accounts;
		this.reviews = reviews;
		this.indexer = indexer;
		this.clock = clock;
	}

	@GetMapping("/editor/reviews")
	ModelAndView queue(Principal editor) {
		ModelAndView page = new ModelAndView("editor/reviews");
		page.addObject("waiting", this.changes.waiting());
		page.addObject("me", editor.getName());
		page.addObject("noindex", true);
		return page;
	}

	@GetMapping("/editor/reviews/{id}")
	ModelAndView show(@PathVariable long id, Principal editor) {
		return page(change(id), editor.getName(), List.of(), "", HttpStatus.OK);
	}

	@PostMapping("/editor/reviews/{id}/approve")
	Object approve(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "") String comment, Principal reviewer, RedirectAttributes redirect) {
		PendingChanges.Change change = change(id);
		String me = reviewer.getName();
		String text = comment.strip();
		if (!change.isWaiting()) {
			return page(change, me, List.of("This change was decided already; nothing was done."), text,
					HttpStatus.CONFLICT);
		}
		if (change.author().equals(me)) {
			return page(change, me, List.of("You wrote this change: another reviewer must approve it."), text,
					HttpStatus.FORBIDDEN);
		}
		if (!confirm || text.length() > MAX_COMMENT) {
			return page(change, me,
					List.of("Tick the box to confirm that you reviewed this change" + " (a comment has at most "
							+ MAX_COMMENT + " characters); nothing was approved."),
					text, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		SaveResult result = this.store.saveArticle(change.slug(), change.text(), change.baseHash(), change.author(),
				"approved by " + me, change.note());
		if (result instanceof SaveResult.Saved saved) {
			this.changes.decide(id, "approved", me, text.isEmpty() ? null : text);
			Optional<EditorAccounts.Account> clinician = this.accounts.find(me)
				.filter(EditorAccounts.Account::clinical);
			clinician.ifPresent((account) -> {
				this.reviews.record(change.slug(), account.shownName(), account.profession(), account.registration(),
						LocalDate.now(this.clock), saved.hash(), text.isEmpty() ? null : text, me, id);
				this.indexer.announceArticles(Set.of(change.slug()));
			});
			redirect.addFlashAttribute("message",
					"Approved and published the change to '" + change.slug() + "' by " + change.author() + "."
							+ (clinician.isPresent() ? " The article page shows your clinical review." : ""));
			redirect.addFlashAttribute("savedSlug", change.slug());
			return "redirect:/editor/reviews";
		}
		if (result instanceof SaveResult.Conflict) {
			this.changes.decide(id, "sent back", me,
					"The article changed after this was submitted: submit it again from the current version.");
			return page(change(id), me, List.of("The article changed after this was submitted, so it was sent back "
					+ "to its author; nothing was overwritten."), text, HttpStatus.CONFLICT);
		}
		return page(change, me, List.of("Nothing was published: " + result.explain()), text,
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@PostMapping("/editor/reviews/{id}/send-back")
	Object sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Principal reviewer,
			RedirectAttributes redirect) {
		PendingChanges.Change change = change(id);
		String text = comment.strip();
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			return page(change, reviewer.getName(), List.of("Say why the change goes back to its author."), text,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.changes.decide(id, "sent back", reviewer.getName(), text);
		redirect.addFlashAttribute("message",
				"Sent the change to '" + change.slug() + "' back to " + change.author() + ".");
		return "redirect:/editor/reviews";
	}

	private ModelAndView page(PendingChanges.Change change, String me, List<String> errors, String comment,
			HttpStatus status) {
		String published = this.store.readArticle(change.slug()).map(ContentStore.StoredFile::text).orElse("");
		ModelAndView page = new ModelAndView("editor/review", status);
		page.addObject("change", change);
		page.addObject("mine", change.author().equals(me));
		page.addObject("fields", FieldChanges.between(published, change.text()));
		page.addObject("diff",
				Diffs.unified("published", FieldChanges.body(published), "proposed", FieldChanges.body(change.text())));
		page.addObject("errors", errors);
		page.addObject("comment", comment);
		page.addObject("reviewer", this.accounts.find(me).orElse(null));
		page.addObject("noindex", true);
		return page;
	}

	private PendingChanges.Change change(long id) {
		return this.changes.find(id).orElseThrow(() -> new ResourceNotFoundException("Change " + id));
	}

}
