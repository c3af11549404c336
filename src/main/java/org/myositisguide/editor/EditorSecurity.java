package org.myositisguide.editor;

import java.net.URI;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two worlds. Under {@code /editor} (and the management endpoints other than health):
 * form login, a session, CSRF tokens on every form, and sign-in tries slowed down after
 * repeated failures from one address ({@link ThrottledAuthentication}), answered exactly
 * like a wrong password. Everywhere else: no session, no cookie, no CSRF state (readers
 * only read), and our own security and caching headers untouched.
 */
@Configuration(proxyBeanMethods = false)
public class EditorSecurity {

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain editorChain(HttpSecurity http, Passkeys passkeys) throws Exception {
		http.securityMatcher("/editor", "/editor/**", "/actuator/**", "/webauthn/**", "/login/webauthn")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/editor/login", "/webauthn/authenticate/options", "/login/webauthn")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/editor/reviews/*/approve", "/editor/reviews/*/send-back")
				.hasRole(EditorAccounts.REVIEWER)
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/editor/articles/*/checked")
				.hasRole(EditorAccounts.REVIEWER)
				.requestMatchers("/editor/accounts", "/editor/accounts/**")
				.hasRole(EditorAccounts.ADMIN)
				.anyRequest()
				.hasRole(EditorAccounts.ROLE))
			.formLogin((form) -> form.loginPage("/editor/login")
				.defaultSuccessUrl("/editor", true)
				.failureHandler((request, response, ex) -> response.sendRedirect("/editor/login?error"))
				.permitAll())
			.webAuthn((webAuthn) -> webAuthn.rpName(passkeys.name())
				.rpId(passkeys.rpId())
				.allowedOrigins(passkeys.origins())
				.creationOptionsRepository(new PasskeyCreationOptions())
				.disableDefaultRegistrationPage(true))
			.logout((logout) -> logout.logoutUrl("/editor/logout")
				.logoutSuccessUrl("/editor/login?logout")
				.deleteCookies("MGSESSION"))
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain readerChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.disable());
		return http.build();
	}

	/**
	 * Where passkeys belong: the host readers use ({@code site.base-url}), or this
	 * machine; the origins a passkey ceremony may run on (that address, or
	 * {@code http://localhost:<port>} when none is set).
	 */
	record Passkeys(String name, String rpId, Set<String> origins) {
	}

	@Bean
	Passkeys passkeys(@Value("${site.base-url:}") String baseUrl, @Value("${server.port:8080}") int port) {
		if (baseUrl.isBlank()) {
			return new Passkeys("Myositis Guide editors", "localhost", Set.of("http://localhost:" + port));
		}
		URI uri = URI.create(baseUrl.strip());
		String origin = uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		return new Passkeys("Myositis Guide editors", uri.getHost(), Set.of(origin));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
