package org.myositisguide.editor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Editors' password sign-in, checked as Spring Security's
 * {@link DaoAuthenticationProvider} does (unknown names cost the same password hashing as
 * known ones), then refused like a wrong password when the try came too soon after
 * failures from that address ({@link LoginThrottle}). A refusal looks and takes the same
 * for every name, so it does not tell which accounts exist.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(EditorAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		boolean tooSoon = this.throttle.tooSoon(authentication);
		Authentication result = this.passwords.authenticate(authentication);
		if (tooSoon) {
			throw new BadCredentialsException("Bad credentials");
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
