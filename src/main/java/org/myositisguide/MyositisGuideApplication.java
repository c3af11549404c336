package org.myositisguide;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(SiteProperties.class)
public class MyositisGuideApplication {

	public static void main(String[] args) {
		SpringApplication.run(MyositisGuideApplication.class, args);
	}

	/** The clock that decides what is published "today"; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
