package org.myositisguide.editor;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page for accounts: who can sign in, with which role, and the name and
 * profession shown when a reviewer's approval is a clinical review. Every change is
 * recorded (who did what to whom, when). The last admin who can sign in cannot be demoted
 * or stopped, and an account that is stopped or changes role is signed out everywhere at
 * once.
 */
@Controller
class AccountsController {

	private static final int MAX_TEXT = 200;

	private final EditorAccounts accounts;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountsController(EditorAccounts accounts, JdbcTemplate jdbc,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	@GetMapping("/editor/accounts")
	ModelAndView list() {
		return page(List.of(), "", "editor", HttpStatus.OK);
	}

	@PostMapping("/editor/accounts")
	Object create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "editor") String role,
			@RequestParam(defaultValue = "") String password, Principal admin, RedirectAttributes redirect) {
		String name = EditorAccounts.normalize(username);
		List<String> errors = new ArrayList<>();
		String nameProblem = EditorAccounts.nameProblem(name);
		if (nameProblem != null) {
			errors.add("The name: " + nameProblem + ".");
		}
		else if (this.accounts.exists(name)) {
			errors.add("An account named '" + name + "' exists already: change it in the table.");
		}
		if (!EditorAccounts.ROLES.contains(role)) {
			errors.add("Choose a role.");
		}
		if (password.length() < EditorAccounts.MIN_PASSWORD_LENGTH) {
			errors.add("The first password needs at least " + EditorAccounts.MIN_PASSWORD_LENGTH
					+ " characters. Give it to them in person; they can change it later with add-editor.");
		}
		if (!errors.isEmpty()) {
			return page(errors, name, role, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.accounts.setPassword(name, password);
		this.accounts.setRole(name, role);
		this.accounts.record(name, "created, role " + role, admin.getName());
		redirect.addFlashAttribute("message", "Created the account '" + name + "' (" + role + ").");
		return "redirect:/editor/accounts";
	}

	@PostMapping("/editor/accounts/{username}")
	Object update(@PathVariable String username, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String profession,
			@RequestParam(defaultValue = "") String registration,
			@RequestParam(defaultValue = "false") boolean disabled, Principal admin, RedirectAttributes redirect) {
		EditorAccounts.Account account = this.accounts.find(username)
			.orElseThrow(() -> new ResourceNotFoundException("Account '" + username + "'"));
		List<String> errors = new ArrayList<>();
		if (!EditorAccounts.ROLES.contains(role)) {
			errors.add("Choose a role for " + account.username() + ".");
		}
		if (displayName.length() > MAX_TEXT || profession.length() > MAX_TEXT || registration.length() > MAX_TEXT) {
			errors.add("A name, profession or registration has at most " + MAX_TEXT + " characters.");
		}
		boolean wasActiveAdmin = "admin".equals(account.role()) && !account.disabled();
		boolean staysActiveAdmin = "admin".equals(role) && !disabled;
		if (wasActiveAdmin && !staysActiveAdmin && this.accounts.activeAdmins() <= 1) {
			errors.add("'" + account.username() + "' is the only admin who can sign in: make another admin first.");
		}
		if (!errors.isEmpty()) {
			return page(errors, "", "editor", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<String> changes = new ArrayList<>();
		if (!role.equals(account.role())) {
			this.accounts.setRole(account.username(), role);
			changes.add("role " + account.role() + " to " + role);
		}
		if (!same(displayName, account.displayName()) || !same(profession, account.profession())
				|| !same(registration, account.registration())) {
			this.accounts.setProfile(account.username(), displayName, profession, registration);
			changes.add("shown as '" + displayName.strip() + "'"
					+ (profession.isBlank() ? ", no profession" : ", " + profession.strip()));
		}
		if (disabled != account.disabled()) {
			this.accounts.setDisabled(account.username(), disabled);
			changes.add(disabled ? "stopped from signing in" : "allowed to sign in");
		}
		if (changes.isEmpty()) {
			redirect.addFlashAttribute("message", "Nothing changed for '" + account.username() + "'.");
			return "redirect:/editor/accounts";
		}
		String what = String.join("; ", changes);
		this.accounts.record(account.username(), what, admin.getName());
		if (!role.equals(account.role()) || disabled) {
			signOutEverywhere(account.username());
		}
		redirect.addFlashAttribute("message", "Changed '" + account.username() + "': " + what + ".");
		return "redirect:/editor/accounts";
	}

	@PostMapping("/editor/accounts/{username}/password")
	Object password(@PathVariable String username, @RequestParam(defaultValue = "") String password, Principal admin,
			RedirectAttributes redirect) {
		EditorAccounts.Account account = this.accounts.find(username)
			.orElseThrow(() -> new ResourceNotFoundException("Account '" + username + "'"));
		if (password.length() < EditorAccounts.MIN_PASSWORD_LENGTH) {
			return page(
					List.of("A new password for " + account.username() + " needs at least "
							+ EditorAccounts.MIN_PASSWORD_LENGTH + " characters."),
					"", "editor", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		this.accounts.setPassword(account.username(), password);
		this.accounts.record(account.username(), "password set", admin.getName());
		signOutEverywhere(account.username());
		redirect.addFlashAttribute("message", "Set a new password for '" + account.username()
				+ "' and signed them out everywhere. Give it to them in person.");
		return "redirect:/editor/accounts";
	}

	private void signOutEverywhere(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}

	private ModelAndView page(List<String> errors, String newName, String newRole, HttpStatus status) {
		ModelAndView page = new ModelAndView("editor/accounts", status);
		page.addObject("accounts", this.accounts.all());
		page.addObject("roles", EditorAccounts.ROLES);
		page.addObject("errors", errors);
		page.addObject("newName", newName);
		page.addObject("newRole", newRole);
		page.addObject("changes",
				this.jdbc.query("""
						select changed_at, changed_by, username, change from account_change
						order by changed_at desc, id desc limit 30""",
						(rs, row) -> new AccountChange(rs.getObject("changed_at", java.time.OffsetDateTime.class),
								rs.getString("changed_by"), rs.getString("username"), rs.getString("change"))));
		page.addObject("noindex", true);
		return page;
	}

	private static boolean same(String posted, String stored) {
		return posted.strip().equals((stored != null) ? stored : "");
	}

	/** One line of the accounts' audit trail. */
	record AccountChange(java.time.OffsetDateTime at, String by, String username, String change) {
	}

}
