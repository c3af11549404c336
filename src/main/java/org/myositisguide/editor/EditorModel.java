package org.myositisguide.editor;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editor page shows: who is signed in.
 */
@ControllerAdvice(basePackageClasses = EditorModel.class)
class EditorModel {

	@ModelAttribute("signedIn")
	String signedIn(Principal editor) {
		return (editor != null) ? editor.getName() : null;
	}

}
