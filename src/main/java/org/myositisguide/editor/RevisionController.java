package org.myositisguide.editor;

import java.security.Principal;

import org.myositisguide.content.ContentLoader;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revision history of an article: every browser save, each viewable as a diff against
 * the current file and restorable (as a new save of a draft, or as a change submitted for
 * review on a published article).
 */
@Controller
class RevisionController {

	private final Revisions revisions;

	private final ContentStore store;

	private final PendingChanges changes;

	RevisionController(Revisions revisions, ContentStore store, PendingChanges changes) {
		this.revisions = revisions;
		this.store = store;
		this.changes = changes;
	}

	@GetMapping("/editor/articles/{slug}/revisions")
	ModelAndView list(@PathVariable String slug) {
		if (!ContentLoader.isSlug(slug)) {
			throw new ResourceNotFoundException("Article '" + slug + "'");
		}
		return new ModelAndView("editor/revisions").addObject("slug", slug)
			.addObject("revisions", this.revisions.forPath(ContentStore.articlePath(slug)))
			.addObject("currentHash", this.store.readArticle(slug).map(ContentStore.StoredFile::hash).orElse(""))
			.addObject("noindex", true);
	}

	@GetMapping("/editor/revisions/{id}")
	ModelAndView show(@PathVariable long id) {
		Revision revision = find(id);
		String current = this.store.readArticle(revision.slug()).map(ContentStore.StoredFile::text).orElse("");
		return new ModelAndView("editor/revision").addObject("revision", revision)
			.addObject("diff", Diffs.unified("revision " + id, revision.content(), "current", current))
			.addObject("noindex", true);
	}

	@PostMapping("/editor/revisions/{id}/restore")
	Object restore(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		Revision revision = find(id);
		java.util.Optional<ContentStore.StoredFile> current = this.store.readArticle(revision.slug());
		boolean published = current.map((file) -> EditForm.publishes(file.text())).orElse(false)
				|| EditForm.publishes(revision.content());
		if (published) {
			// Restoring an old text is a change like any other: on a published article it
			// waits for a reviewer other than the editor who asked for it.
			if (this.store.check(revision.slug(), revision.content()).hasErrors()) {
				redirect.addFlashAttribute("message",
						"Revision " + id + " was not restored: it no longer passes the checks (see the edit form).");
				return "redirect:/editor/articles/" + revision.slug() + "/revisions";
			}
			long change = this.changes.submit(revision.slug(), current.map(ContentStore.StoredFile::hash).orElse(""),
					revision.content(), editor.getName(), "Restore revision " + id + " (saved by "
							+ ("disk".equals(revision.author()) ? "the files" : revision.author()) + ")");
			redirect.addFlashAttribute("message", "Submitted the restore of revision " + id + " for review. Readers "
					+ "keep seeing the published version until a reviewer other than you approves it.");
			return "redirect:/editor/reviews/" + change;
		}
		SaveResult result = this.store.restore(revision, editor.getName());
		if (result instanceof SaveResult.Saved) {
			redirect.addFlashAttribute("message", "Restored revision " + id + ". The site shows it now.");
			return "redirect:/editor/articles/" + revision.slug() + "/edit";
		}
		redirect.addFlashAttribute("message", "Revision " + id + " was not restored: " + result.explain() + ".");
		return "redirect:/editor/articles/" + revision.slug() + "/revisions";
	}

	private Revision find(long id) {
		return this.revisions.find(id)
			.filter((r) -> r.path().startsWith("articles/"))
			.orElseThrow(() -> new ResourceNotFoundException("Revision " + id));
	}

}
