package org.myositisguide.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pictures from {@code content/images}, whole or as a smaller copy for phones
 * ({@code ?w=480} or {@code ?w=960}). Each answer carries a validator (the file's size
 * and time) and may be kept by browsers for a day; smaller copies are made once per
 * version of a file and kept in memory (at most 64 MiB).
 */
@Controller
class ImageController {

	private final Path folder;

	private final Cache<String, byte[]> copies = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.<String, byte[]>weigher((key, bytes) -> bytes.length)
		.build();

	ImageController(SiteProperties properties) {
		this.folder = properties.contentDir().resolve("images");
	}

	@GetMapping("/images/{name}")
	ResponseEntity<byte[]> image(@PathVariable String name, @RequestParam(required = false) Integer w,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) throws IOException {
		if (!Images.NAME.matcher(name).matches() || (w != null && !Images.VARIANT_WIDTHS.contains(w))) {
			throw new ResourceNotFoundException("Picture '" + name + "'");
		}
		Path file = this.folder.resolve(name);
		if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(this.folder.toRealPath())) {
			throw new ResourceNotFoundException("Picture '" + name + "'");
		}
		String version = Long.toHexString(Files.size(file)) + "-"
				+ Long.toHexString(Files.getLastModifiedTime(file).toMillis());
		String etag = "\"" + version + ((w != null) ? "-" + w : "") + "\"";
		CacheControl caching = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(caching).build();
		}
		byte[] bytes = (w == null) ? Files.readAllBytes(file)
				: Optional.ofNullable(this.copies.get(name + "@" + version + "@" + w, (key) -> copy(file, w)))
					.orElseThrow(() -> new ResourceNotFoundException("Picture '" + name + "'"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Images.mediaType(name)))
			.eTag(etag)
			.cacheControl(caching)
			.body(bytes);
	}

	private static byte[] copy(Path file, int width) {
		try {
			byte[] stored = Files.readAllBytes(file);
			return (Images.size(stored)[0] <= width) ? stored : Images.resized(stored, width);
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

}
