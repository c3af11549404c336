package org.myositisguide.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /about/report-a-problem}: a reader tells the editors about a mistake or a
 * problem on a page. No cookie, no account; a hidden field that people never fill in, a
 * size limit and a limit per address keep robots out.
 */
@Controller
class ReportController {

	static final int MIN_MESSAGE = 10;

	static final int MAX_MESSAGE = 2000;

	private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9/_.#?=&%-]{0,300}");

	private final ReaderReports reports;

	private final ReportLimiter limiter;

	ReportController(ReaderReports reports, ReportLimiter limiter) {
		this.reports = reports;
		this.limiter = limiter;
	}

	@GetMapping("/about/report-a-problem")
	ModelAndView form(@RequestParam(defaultValue = "") String page) {
		return form(cleanPage(page), "", List.of(), HttpStatus.OK);
	}

	@PostMapping("/about/report-a-problem")
	ModelAndView send(@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "") String website, HttpServletRequest request) {
		String cleanPage = cleanPage(page);
		String text = message.strip();
		if (!website.isEmpty()) {
			return thanks();
		}
		List<String> errors = new ArrayList<>();
		if (text.length() < MIN_MESSAGE || text.length() > MAX_MESSAGE) {
			errors.add("Please describe the problem in " + MIN_MESSAGE + " to " + MAX_MESSAGE + " characters.");
		}
		if (!errors.isEmpty()) {
			return form(cleanPage, text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text, errors,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.limiter.allow(request.getRemoteAddr())
				|| !this.reports.add(cleanPage.isEmpty() ? null : cleanPage, text)) {
			return form(cleanPage, text,
					List.of("We have had a lot of reports in a short time. Please try again in an hour."),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		return thanks();
	}

	private static ModelAndView thanks() {
		ModelAndView thanks = new ModelAndView("about/report-thanks");
		thanks.addObject("noindex", true);
		return thanks;
	}

	private static ModelAndView form(String page, String message, List<String> errors, HttpStatus status) {
		ModelAndView form = new ModelAndView("about/report", status);
		form.addObject("page", page);
		form.addObject("message", message);
		form.addObject("errors", errors);
		form.addObject("maxMessage", MAX_MESSAGE);
		form.addObject("pageDescription", "Tell us about a mistake or a problem on Myositis Guide.");
		return form;
	}

	/** A path on this site, or nothing. */
	private static String cleanPage(String page) {
		String value = page.strip();
		return PAGE.matcher(value).matches() ? value : "";
	}

}
