package org.myositisguide.editor;

import org.myositisguide.feedback.ReaderReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /editor/reports}: what readers reported about pages, newest first.
 */
@Controller
class ReaderReportsController {

	static final int SHOWN = 200;

	private final ReaderReports reports;

	ReaderReportsController(ReaderReports reports) {
		this.reports = reports;
	}

	@GetMapping("/editor/reports")
	String reports(Model model) {
		model.addAttribute("reports", this.reports.newest(SHOWN));
		model.addAttribute("noindex", true);
		return "editor/reports";
	}

}
