package org.myositisguide.editor;

import org.myositisguide.feedback.PageFeedback;
import org.myositisguide.feedback.ReaderReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /editor/reports}: what readers said: answers to "Was this page helpful?" per
 * article (least helpful first) with their comments, and reports of problems, newest
 * first.
 */
@Controller
class ReaderReportsController {

	static final int SHOWN = 200;

	static final int COMMENTS_SHOWN = 100;

	private final ReaderReports reports;

	private final PageFeedback feedback;

	ReaderReportsController(ReaderReports reports, PageFeedback feedback) {
		this.reports = reports;
		this.feedback = feedback;
	}

	@GetMapping("/editor/reports")
	String reports(Model model) {
		model.addAttribute("reports", this.reports.newest(SHOWN));
		model.addAttribute("answers", this.feedback.perArticle());
		model.addAttribute("comments", this.feedback.newestComments(COMMENTS_SHOWN));
		model.addAttribute("noindex", true);
		return "editor/reports";
	}

}
