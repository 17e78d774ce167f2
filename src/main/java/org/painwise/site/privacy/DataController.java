package org.painwise.site.privacy;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalData;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Your comments and data": a reader enters their email address and gets, by email, a
 * link to everything the site holds for it (and for their browser: votes and reports),
 * which they can download and erase. The answer to asking is the same whether or not the
 * address is known.
 */
@Controller
@RequiredArgsConstructor
class DataController {

	static final String PATH = "/your-data";

	private final DataRequests requests;

	private final VisitorAddress addresses;

	private final VisitorCookie visitors;

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("form", new EmailForm());
		return "privacy/request";
	}

	@PostMapping(PATH)
	String ask(@Validated @ModelAttribute("form") EmailForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "privacy/request";
		}
		if (!requests.ask(form.getEmail(), addresses.hashOf(request))) {
			errors.rejectValue("email", "data.request.tooMany");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "privacy/request";
		}
		return "privacy/sent";
	}

	@GetMapping(PATH + "/{token}")
	String show(@PathVariable String token, HttpServletRequest request, Model model) {
		return dataPage(token, subject(token, request), new EraseForm(), model);
	}

	@GetMapping(PATH + "/{token}/data.json")
	ResponseEntity<Map<String, Object>> json(@PathVariable String token, HttpServletRequest request) {
		PersonalData.Subject subject = subject(token, request);
		return DataDownloads.jsonFile("your-data.json", subject.email(), requests.find(subject));
	}

	@GetMapping(PATH + "/{token}/data.csv")
	ResponseEntity<byte[]> csv(@PathVariable String token, HttpServletRequest request) {
		PersonalData.Subject subject = subject(token, request);
		return DataDownloads.csvFile("your-data.csv", requests.find(subject));
	}

	@PostMapping(PATH + "/{token}/erase")
	String erase(@PathVariable String token, @Valid @ModelAttribute("erase") EraseForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PersonalData.Subject subject = subject(token, request);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return dataPage(token, subject, form, model);
		}
		model.addAttribute("counts", requests.erase(subject, null, null));
		return "privacy/erased";
	}

	private String dataPage(String token, PersonalData.Subject subject, EraseForm erase, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("email", subject.email());
		model.addAttribute("parts", requests.find(subject));
		model.addAttribute("erase", erase);
		return "privacy/data";
	}

	private PersonalData.Subject subject(String token, HttpServletRequest request) {
		String email = requests.emailFor(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.data.link-invalid"));
		return new PersonalData.Subject(email, visitors.find(request).orElse(null));
	}

}
