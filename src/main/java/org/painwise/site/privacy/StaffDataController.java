package org.painwise.site.privacy;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.EmailAddresses;
import org.painwise.site.shared.PersonalData;
import org.painwise.site.shared.TypedText;
import org.painwise.site.staff.AdminOnly;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The same as a reader's own data page, for admins acting on a request that came by phone
 * or post: find what is held for an email address, download it to send on, erase it.
 * Every step is a POST, so the address never appears in a URL. An erasure is in the audit
 * log under the admin.
 */
@Controller
@AdminOnly
@RequiredArgsConstructor
class StaffDataController {

	static final String PATH = "/staff/data-requests";

	private final DataRequests requests;

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("form", new EmailForm());
		return "privacy/staff";
	}

	@PostMapping(PATH)
	String find(@Validated @ModelAttribute("form") EmailForm form, BindingResult errors, HttpServletResponse response,
			Model model) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "privacy/staff";
		}
		return found(form.getEmail(), new PersonalData.Subject(form.getEmail(), null), new EraseForm(), model);
	}

	@PostMapping(PATH + "/data.json")
	ResponseEntity<Map<String, Object>> json(@RequestParam String email) {
		PersonalData.Subject subject = subjectOf(email);
		return DataDownloads.jsonFile("reader-data.json", subject.email(), requests.find(subject));
	}

	@PostMapping(PATH + "/data.csv")
	ResponseEntity<byte[]> csv(@RequestParam String email) {
		PersonalData.Subject subject = subjectOf(email);
		return DataDownloads.csvFile("reader-data.csv", requests.find(subject));
	}

	@PostMapping(PATH + "/erase")
	String erase(@RequestParam(name = "email", required = false) String email,
			@Valid @ModelAttribute("erase") EraseForm form, BindingResult errors, @CurrentStaff StaffMember member,
			HttpServletResponse response, Model model) {
		PersonalData.Subject subject = subjectOf(email);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return found(email, subject, form, model);
		}
		model.addAttribute("counts", requests.erase(subject, member.id(), member.displayName()));
		return "privacy/staff-erased";
	}

	/** What is held for the address, with the forms to download and erase it. */
	private String found(String email, PersonalData.Subject subject, EraseForm erase, Model model) {
		model.addAttribute("form", EmailForm.of(email));
		model.addAttribute("email", subject.email());
		model.addAttribute("parts", requests.find(subject));
		model.addAttribute("erase", erase);
		return "privacy/staff";
	}

	private static PersonalData.Subject subjectOf(String email) {
		String typed = TypedText.stripped(email);
		if (!EmailAddresses.looksValid(typed)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "data.request.email.invalid");
		}
		return new PersonalData.Subject(typed, null);
	}

}
