package org.myositisguide.editor;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.myositisguide.article.ArticlePage;
import org.myositisguide.article.ArticlePages;
import org.myositisguide.catalog.Topics;
import org.myositisguide.content.ContentLoader;
import org.myositisguide.content.Problem;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing one article in the browser: preview (saved or not), the edit form, saves with
 * validation and conflict detection, marking an article checked against its sources, and
 * new articles from a template.
 */
@Controller
class ArticleEditorController {

	private final ContentStore store;

	private final ArticlePages pages;

	private final Topics tags;

	private final ArticleTemplate template;

	private final Clock clock;

	private final PendingChanges changes;

	private final PictureLibrary pictures;

	ArticleEditorController(ContentStore store, ArticlePages pages, Topics tags, ArticleTemplate template, Clock clock,
			PendingChanges changes, PictureLibrary pictures) {
		this.pictures = pictures;
		this.changes = changes;
		this.store = store;
		this.pages = pages;
		this.tags = tags;
		this.template = template;
		this.clock = clock;
	}

	@GetMapping("/editor/articles/{slug}/preview")
	ModelAndView preview(@PathVariable String slug) {
		requireSlug(slug);
		return this.pages.findForPreview(slug)
			.map(ArticleEditorController::previewOf)
			.orElseThrow(() -> new ResourceNotFoundException("Article '" + slug + "'"));
	}

	@GetMapping("/editor/articles/{slug}/edit")
	ModelAndView edit(@PathVariable String slug) {
		requireSlug(slug);
		ContentStore.StoredFile file = this.store.readArticle(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Article file '" + slug + "'"));
		return form(EditForm.of(slug, file.text(), file.hash()), List.of(), null, HttpStatus.OK);
	}

	@PostMapping("/editor/articles/{slug}")
	Object submit(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Authentication editor,
			RedirectAttributes redirect) {
		requireSlug(slug);
		EditForm form = EditForm.posted(slug, params);
		String action = value(params, "action", "save");
		String note = value(params, "note", "").strip();
		switch (action) {
			case "edit" -> {
				return form(form, List.of(), null, HttpStatus.OK).addObject("note", note);
			}
			case "add-reference" -> {
				List<String> posted = params.getOrDefault("refTitle", List.of());
				int empty = Math.max(1, posted.size() - form.fields().references().size()) + 1;
				return form(form, List.of(), null, HttpStatus.OK).addObject("note", note).addObject("emptyRows", empty);
			}
			case "preview" -> {
				ContentLoader.ArticleCheck check = this.store.check(slug, form.text());
				if (check.hasErrors()) {
					return form(form, check.problems(), null, HttpStatus.UNPROCESSABLE_CONTENT).addObject("note", note);
				}
				return previewOf(this.pages.preview(check.article())).addObject("draftForm", form)
					.addObject("note", note)
					.addObject("problems", form.place(check.problems()));
			}
			case "draft" -> form = form.withFields(form.fields().withStatus("draft"));
			case "review", "publish" -> form = form.withFields(form.fields().withStatus("published"));
			default -> {
				// "save": the status the front matter gives
			}
		}
		String stored = this.store.readArticle(slug).map(ContentStore.StoredFile::text).orElse("");
		form = form.keepingFrontMatterOf(stored);
		boolean wasPublished = EditForm.publishes(stored);
		boolean typingOnly = EditorAccounts.isAdmin(editor) && "publish".equals(action)
				&& "true".equals(params.getFirst("typingOnly")) && wasPublished && form.fields().publishes();
		if ((wasPublished || form.fields().publishes()) && !typingOnly) {
			return submitForReview(form, note, editor.getName(), redirect);
		}
		if (note.isEmpty() || note.length() > 300) {
			return form(form, this.store.check(slug, form.text()).problems(),
					"Say in a line what you changed (at most 300 characters): it is kept in "
							+ "the history. Nothing was saved.",
					HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("note", note);
		}
		return saved(form, note, this.store.saveArticle(slug, form.text(), form.baseHash(), editor.getName(),
				typingOnly ? "typing correction" : "save", note), redirect);
	}

	/**
	 * The article as the editor shows it while it is written: the Markdown rendered with
	 * the form's fields, unsaved, or the problems that stop it from rendering. For the
	 * preview beside the edit form.
	 */
	@PostMapping("/editor/articles/{slug}/live-preview")
	ModelAndView livePreview(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params) {
		requireSlug(slug);
		EditForm form = EditForm.posted(slug, params);
		ContentLoader.ArticleCheck check = this.store.check(slug, form.text());
		ModelAndView view = new ModelAndView("editor/fragments :: live-preview");
		view.addObject("article", check.hasErrors() ? null : this.pages.preview(check.article()));
		view.addObject("problems", form.place(check.problems()));
		return view;
	}

	/** Whether the file as it is now is published (public, or scheduled for a date). */
	private boolean publishedNow(String slug) {
		return this.store.readArticle(slug).map((file) -> EditForm.publishes(file.text())).orElse(false);
	}

	private static String value(MultiValueMap<String, String> params, String key, String fallback) {
		String value = params.getFirst(key);
		return (value != null) ? value : fallback;
	}

	/**
	 * A change to a published article, or one that would publish an article, waits for a
	 * reviewer: it is checked like a save, kept with its note, and the file stays as it
	 * is.
	 */
	private Object submitForReview(EditForm form, String note, String author, RedirectAttributes redirect) {
		ContentLoader.ArticleCheck check = this.store.check(form.slug(), form.text());
		if (check.hasErrors()) {
			return form(form, check.problems(), null, HttpStatus.UNPROCESSABLE_CONTENT).addObject("note", note);
		}
		if (note.isEmpty() || note.length() > 300) {
			return form(form, List.of(), "Say in a line what you changed (at most 300 characters), for the reviewer.",
					HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("note", note);
		}
		long id = this.changes.submit(form.slug(), form.baseHash(), form.text(), author, note);
		redirect.addFlashAttribute("message", "Submitted for review. Readers keep seeing the published version until "
				+ "a reviewer other than you approves this change.");
		return "redirect:/editor/reviews/" + id;
	}

	@GetMapping("/editor/new")
	ModelAndView newArticle() {
		return newForm("", "", "", List.of(), HttpStatus.OK);
	}

	@PostMapping("/editor/new")
	Object create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String tag, Principal editor, RedirectAttributes redirect) {
		String cleanSlug = slug.strip();
		if (!ContentLoader.isSlug(cleanSlug)) {
			return newForm(cleanSlug, title, tag,
					List.of("The address name must be lowercase letters, digits and single hyphens, "
							+ "such as 'hip-weakness-exercises'."),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (title.isBlank() || this.tags.find(tag).isEmpty()) {
			return newForm(cleanSlug, title, tag, List.of("Give a title and choose a topic."),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String text = this.template.render(title.strip(), tag, LocalDate.now(this.clock));
		SaveResult result = this.store.saveArticle(cleanSlug, text, "", editor.getName(), "create");
		if (result instanceof SaveResult.Conflict) {
			return newForm(cleanSlug, title, tag, List.of("An article named '" + cleanSlug + "' already exists."),
					HttpStatus.CONFLICT);
		}
		if (!(result instanceof SaveResult.Saved)) {
			return newForm(cleanSlug, title, tag, List.of(result.explain()), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("message", "Created '" + cleanSlug + "' as a draft. Readers cannot see it yet.");
		return "redirect:/editor/articles/" + cleanSlug + "/edit";
	}

	private Object saved(EditForm form, String note, SaveResult result, RedirectAttributes redirect) {
		if (result instanceof SaveResult.Saved saved) {
			redirect.addFlashAttribute("message",
					form.fields().publishes() ? "Saved. The site shows the new version now." : "Saved as a draft.");
			redirect.addFlashAttribute("savedSlug", form.slug());
			redirect.addFlashAttribute("warnings", form.place(saved.warnings()));
			return "redirect:/editor/articles/" + form.slug() + "/edit";
		}
		if (result instanceof SaveResult.Invalid invalid) {
			return form(form, invalid.problems(), null, HttpStatus.UNPROCESSABLE_CONTENT).addObject("note", note);
		}
		if (result instanceof SaveResult.Conflict conflict) {
			ModelAndView view = new ModelAndView("editor/conflict", HttpStatus.CONFLICT);
			view.addObject("form", new EditForm(form.slug(), form.fields(), form.body(), conflict.currentHash()));
			view.addObject("current", conflict.current());
			view.addObject("note", note);
			view.addObject("deleted", conflict.currentHash().isEmpty());
			view.addObject("diff", Diffs.unified("on disk", conflict.current(), "yours", form.text()));
			view.addObject("noindex", true);
			return view;
		}
		return form(form, List.of(),
				"Nothing was saved: " + result.explain()
						+ ". Your text is still here: try again, or copy it somewhere safe.",
				HttpStatus.INTERNAL_SERVER_ERROR)
			.addObject("note", note);
	}

	/**
	 * An article on the public template, marked as a preview and kept out of search
	 * engines.
	 */
	private static ModelAndView previewOf(ArticlePage page) {
		return new ModelAndView("article/show").addObject("article", page)
			.addObject("preview", true)
			.addObject("noindex", true);
	}

	private ModelAndView form(EditForm form, List<Problem> problems, String failure, HttpStatus status) {
		ModelAndView view = new ModelAndView("editor/edit", status);
		view.addObject("form", form);
		view.addObject("published", this.pages.isPublic(form.slug()));
		view.addObject("publishedFile", publishedNow(form.slug()));
		view.addObject("topics", this.tags.all());
		view.addObject("audiences", ArticleFields.AUDIENCES);
		view.addObject("pictures", this.pictures.pictures());
		view.addObject("problems", form.place(problems));
		view.addObject("failure", failure);
		view.addObject("noindex", true);
		return view;
	}

	private ModelAndView newForm(String slug, String title, String tag, List<String> errors, HttpStatus status) {
		ModelAndView view = new ModelAndView("editor/new", status);
		view.addObject("slug", slug);
		view.addObject("title", title);
		view.addObject("tag", tag);
		view.addObject("tags", this.tags.all());
		view.addObject("errors", errors);
		view.addObject("noindex", true);
		return view;
	}

	private static void requireSlug(String slug) {
		if (!ContentLoader.isSlug(slug)) {
			throw new ResourceNotFoundException("Article '" + slug + "'");
		}
	}

}
