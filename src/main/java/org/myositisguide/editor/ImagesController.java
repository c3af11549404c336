package org.myositisguide.editor;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myositisguide.image.Images;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pictures for articles: upload one (its type read from its content, at most
 * {@link Images#MAX_BYTES}, written again without metadata, with a text alternative
 * required), and see every picture with the Markdown that inserts it.
 */
@Controller
class ImagesController {

	private static final int MAX_ALT = 300;

	private final ContentStore store;

	private final PictureLibrary library;

	ImagesController(ContentStore store, PictureLibrary library) {
		this.store = store;
		this.library = library;
	}

	@GetMapping("/editor/images")
	ModelAndView list() {
		return page(List.of(), "", "", HttpStatus.OK);
	}

	@PostMapping("/editor/images")
	Object upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String alt, Principal editor,
			RedirectAttributes redirect) throws IOException {
		String text = alt.strip();
		List<String> errors = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			errors.add("Choose a picture to upload.");
		}
		if (text.isEmpty() || text.length() > MAX_ALT) {
			errors
				.add("Say what the picture shows, for people who cannot see it (at most " + MAX_ALT + " characters).");
		}
		String base = slug(name.isBlank() && file != null ? String.valueOf(file.getOriginalFilename()) : name);
		if (base.isEmpty()) {
			errors.add("Give the picture a name of letters and digits, such as 'gottron-papules'.");
		}
		Images.Prepared prepared = null;
		if (errors.isEmpty()) {
			try {
				prepared = Images.prepare(file.getBytes());
			}
			catch (IllegalArgumentException ex) {
				errors.add("Not uploaded: " + ex.getMessage() + ".");
			}
		}
		if (!errors.isEmpty()) {
			return page(errors, name, text, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String fileName = base + "." + prepared.extension();
		SaveResult result = this.store.saveImage(fileName, prepared.bytes(), text, prepared.width(), prepared.height(),
				editor.getName());
		if (result instanceof SaveResult.Conflict) {
			return page(List.of("A picture named '" + fileName + "' exists already: choose another name."), name, text,
					HttpStatus.CONFLICT);
		}
		if (!(result instanceof SaveResult.Saved)) {
			return page(List.of("Not uploaded: " + result.explain() + "."), name, text,
					HttpStatus.INTERNAL_SERVER_ERROR);
		}
		redirect.addFlashAttribute("message",
				"Uploaded " + fileName + " (" + prepared.width() + " by " + prepared.height()
						+ " pixels, without its metadata). Insert it with: " + PictureLibrary.markdown(fileName, text));
		return "redirect:/editor/images";
	}

	private ModelAndView page(List<String> errors, String name, String alt, HttpStatus status) {
		ModelAndView page = new ModelAndView("editor/images", status);
		page.addObject("pictures", this.library.pictures());
		page.addObject("errors", errors);
		page.addObject("name", name);
		page.addObject("alt", alt);
		page.addObject("maxMib", Images.MAX_BYTES / 1024 / 1024);
		page.addObject("noindex", true);
		return page;
	}

	/**
	 * A file name's slug: lowercase letters and digits joined by single hyphens, without
	 * its extension.
	 */
	static String slug(String name) {
		String base = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT);
		String slug = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return (slug.length() > 60) ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
	}

}
