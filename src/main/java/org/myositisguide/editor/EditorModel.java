package org.myositisguide.editor;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editor page shows: who is signed in, and whether they are an admin.
 */
@ControllerAdvice(basePackageClasses = EditorModel.class)
class EditorModel {

	@ModelAttribute("signedIn")
	String signedIn(Principal editor) {
		return (editor != null) ? editor.getName() : null;
	}

	/** The signed-in editor's role, in words. */
	@ModelAttribute("signedInRole")
	String signedInRole(org.springframework.security.core.Authentication editor) {
		if (editor == null) {
			return null;
		}
		java.util.Set<String> roles = org.springframework.security.core.authority.AuthorityUtils
			.authorityListToSet(editor.getAuthorities());
		if (roles.contains("ROLE_" + EditorAccounts.ADMIN)) {
			return "admin";
		}
		return roles.contains("ROLE_" + EditorAccounts.REVIEWER) ? "reviewer" : "editor";
	}

	/**
	 * Whether the signed-in editor is an admin (who saves published articles directly).
	 */
	@ModelAttribute("signedInAdmin")
	boolean signedInAdmin(org.springframework.security.core.Authentication editor) {
		return EditorAccounts.isAdmin(editor);
	}

}
