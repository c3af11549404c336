package org.myositisguide.feed;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Thymeleaf in XML mode for the sitemap ({@code xml/*} views, {@code application/xml})
 * and the Atom feed ({@code atom/*} views, {@code application/atom+xml}).
 */
@Configuration(proxyBeanMethods = false)
class XmlViews {

	@Bean
	SpringResourceTemplateResolver xmlTemplates() {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".xml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("xml/*", "atom/*"));
		resolver.setCheckExistence(true);
		resolver.setOrder(0);
		return resolver;
	}

	@Bean
	ThymeleafViewResolver xmlViewResolver(SpringTemplateEngine engine) {
		return resolver(engine, "xml/*", "application/xml;charset=UTF-8");
	}

	@Bean
	ThymeleafViewResolver atomViewResolver(SpringTemplateEngine engine) {
		return resolver(engine, "atom/*", "application/atom+xml;charset=UTF-8");
	}

	private static ThymeleafViewResolver resolver(SpringTemplateEngine engine, String names, String contentType) {
		ThymeleafViewResolver resolver = new ThymeleafViewResolver();
		resolver.setTemplateEngine(engine);
		resolver.setViewNames(new String[] { names });
		resolver.setContentType(contentType);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return resolver;
	}

}
