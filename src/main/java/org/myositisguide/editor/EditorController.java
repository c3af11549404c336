package org.myositisguide.editor;

import org.myositisguide.index.ContentIndexer;
import org.myositisguide.meaning.MeaningMonitor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor}: the sign-in page, the dashboard and "reindex now".
 */
@Controller
class EditorController {

	private final EditorDashboard dashboard;

	private final ContentIndexer indexer;

	private final MeaningMonitor meaning;

	private final PendingChanges changes;

	EditorController(EditorDashboard dashboard, ContentIndexer indexer, MeaningMonitor meaning,
			PendingChanges changes) {
		this.changes = changes;
		this.dashboard = dashboard;
		this.indexer = indexer;
		this.meaning = meaning;
	}

	@GetMapping("/editor/login")
	String login(Model model) {
		model.addAttribute("noindex", true);
		return "editor/login";
	}

	@GetMapping("/editor")
	String dashboard(Model model, java.security.Principal editor) {
		model.addAttribute("noindex", true);
		model.addAttribute("forMe", this.changes.waitingFor(editor.getName()));
		model.addAttribute("overview", this.dashboard.overview());
		model.addAttribute("meaning", this.meaning.status());
		return "editor/dashboard";
	}

	@PostMapping("/editor/reindex")
	String reindex(RedirectAttributes redirect) {
		ContentIndexer.IndexReport report = this.indexer.reindex();
		redirect.addFlashAttribute("message",
				"Reindexed " + report.articles() + " articles in " + report.took().toMillis() + " ms ("
						+ report.rendered() + " rendered again, " + report.errors() + " errors, " + report.warnings()
						+ " warnings).");
		return "redirect:/editor";
	}

}
