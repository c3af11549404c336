package org.myositisguide;

import java.beans.PropertyEditorSupport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.myositisguide.content.ContentCheck;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.editor.AddEditorCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Import(MyositisGuideApplication.PathBinding.class)
@EnableConfigurationProperties(SiteProperties.class)
public class MyositisGuideApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("check")) {
			System.exit(ContentCheck.run(args, System.out));
		}
		if (args.length > 0 && args[0].equals("add-editor")) {
			System.exit(AddEditorCommand.run(MyositisGuideApplication.class, args, System.in, System.out));
		}
		SpringApplication.run(MyositisGuideApplication.class, args);
	}

	/**
	 * Binds paths in settings ({@code site.content-dir}, ...) as the file system paths
	 * they are. Spring's default {@code PathEditor} tries a same-named classpath resource
	 * first, so a resource folder called {@code content} would silently replace the
	 * content folder.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PathBinding {

		@Bean
		static CustomEditorConfigurer fileSystemPaths() {
			CustomEditorConfigurer configurer = new CustomEditorConfigurer();
			configurer.setCustomEditors(Map.of(Path.class, FileSystemPathEditor.class));
			return configurer;
		}

	}

	/** A path exactly as written, relative to the working directory. */
	static class FileSystemPathEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Path.of(text.strip()));
		}

	}

	/** The clock that decides what is published "today"; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
