package org.myositisguide.editor;

import java.security.Principal;
import java.util.List;

import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * An editor's passkeys: the ones they registered (by label, with when each was made and
 * last used), registering another (in the browser, with {@code /js/passkeys.js} and
 * Spring Security's WebAuthn endpoints), and removing one, which only its owner can do.
 */
@Controller
class PasskeysController {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final EditorAccounts accounts;

	PasskeysController(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			EditorAccounts accounts) {
		this.users = users;
		this.credentials = credentials;
		this.accounts = accounts;
	}

	@GetMapping("/editor/passkeys")
	ModelAndView list(Principal editor) {
		ModelAndView page = new ModelAndView("editor/passkeys");
		page.addObject("passkeys", mine(editor).stream().map(Passkey::of).toList());
		page.addObject("noindex", true);
		return page;
	}

	@PostMapping("/editor/passkeys/{id}/remove")
	String remove(@PathVariable String id, Principal editor, RedirectAttributes redirect) {
		CredentialRecord found = mine(editor).stream()
			.filter((credential) -> credential.getCredentialId().toBase64UrlString().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("Passkey"));
		this.credentials.delete(found.getCredentialId());
		this.accounts.record(editor.getName(), "removed the passkey '" + found.getLabel() + "'", editor.getName());
		redirect.addFlashAttribute("message", "Removed the passkey '" + found.getLabel() + "'.");
		return "redirect:/editor/passkeys";
	}

	private List<CredentialRecord> mine(Principal editor) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(editor.getName());
		return (user != null) ? this.credentials.findByUserId(user.getId()) : List.of();
	}

	/** A passkey as its owner sees it. */
	record Passkey(String id, String label, java.time.Instant created, java.time.Instant lastUsed) {

		static Passkey of(CredentialRecord record) {
			Bytes id = record.getCredentialId();
			return new Passkey(id.toBase64UrlString(), record.getLabel(), record.getCreated(), record.getLastUsed());
		}

	}

}
