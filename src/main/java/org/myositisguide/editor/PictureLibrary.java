package org.myositisguide.editor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.myositisguide.image.Images;
import org.myositisguide.settings.SiteProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pictures of {@code content/images} as editors choose them: each with its text
 * alternative (as given when it was uploaded) and the Markdown that inserts it.
 */
@Component
class PictureLibrary {

	private final JdbcTemplate jdbc;

	private final Path folder;

	PictureLibrary(JdbcTemplate jdbc, SiteProperties properties) {
		this.jdbc = jdbc;
		this.folder = properties.contentDir().resolve("images");
	}

	/** Every picture in {@code content/images}, with the Markdown that inserts it. */
	List<Picture> pictures() {
		Map<String, String> alts = new HashMap<>();
		this.jdbc.query("select name, alt from image_upload", (rs) -> {
			alts.put(rs.getString(1), rs.getString(2));
		});
		List<Picture> pictures = new ArrayList<>();
		if (Files.isDirectory(this.folder)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder)) {
				for (Path file : files) {
					String fileName = file.getFileName().toString();
					if (Images.NAME.matcher(fileName).matches()) {
						String alt = alts.getOrDefault(fileName, "");
						pictures.add(new Picture(fileName, alt,
								markdown(fileName, alt.isEmpty() ? "Say what the picture shows" : alt)));
					}
				}
			}
			catch (IOException ex) {
				// No pictures can be listed; the page says there are none.
			}
		}
		pictures.sort(java.util.Comparator.comparing(Picture::name));
		return pictures;
	}

	static String markdown(String fileName, String alt) {
		return "![" + alt.replace("[", "(").replace("]", ")") + "](/images/" + fileName + ")";
	}

	/** A picture as the editor lists it. */
	record Picture(String name, String alt, String markdown) {
	}

}
