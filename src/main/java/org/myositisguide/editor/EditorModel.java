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

	/**
	 * Whether the signed-in editor is an admin (who saves published articles directly).
	 */
	@ModelAttribute("signedInAdmin")
	boolean signedInAdmin(org.springframework.security.core.Authentication editor) {
		return EditorAccounts.isAdmin(editor);
	}

}
