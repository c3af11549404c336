package org.myositisguide.editor;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The options of a passkey being added, between the two requests of the ceremony, kept in
 * memory by session for five minutes. Spring Security keeps them in the session, but they
 * cannot be serialized into the session table; the editors' requests of one session reach
 * one instance (see {@code deploy/nginx.conf}), so memory is enough.
 */
class PasskeyCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

	private final Cache<String, PublicKeyCredentialCreationOptions> options = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(5))
		.maximumSize(1_000)
		.build();

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions creationOptions) {
		HttpSession session = request.getSession();
		if (creationOptions == null) {
			this.options.invalidate(session.getId());
		}
		else {
			this.options.put(session.getId(), creationOptions);
		}
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? this.options.getIfPresent(session.getId()) : null;
	}

}
