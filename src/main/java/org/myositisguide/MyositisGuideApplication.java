package org.myositisguide;

import java.time.Clock;

import org.myositisguide.content.ContentCheck;
import org.myositisguide.editor.AddEditorCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(SiteProperties.class)
public class MyositisGuideApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("check")) {
			System.exit(ContentCheck.run(args, System.out));
		}
		if (args.length > 0 && args[0].equals("add-editor")) {
			System.exit(AddEditorCommand.run(args, System.in, System.out));
		}
		SpringApplication.run(MyositisGuideApplication.class, args);
	}

	/** The clock that decides what is published "today"; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
