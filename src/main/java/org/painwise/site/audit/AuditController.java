package org.painwise.site.audit;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOrAdmin;
import org.painwise.site.staff.StaffDirectory;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log, newest first, filtered by staff member and by date. Read only: entries
 * are never changed.
 */
@Controller
@ModeratorOrAdmin
@RequiredArgsConstructor
class AuditController {

	/** The log's page, for moderators and admins. */
	static final String PAGE = "/staff/audit";

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final StaffDirectory directory;

	private final SiteProperties site;

	/** An entry with its time in the charity's time zone. */
	record Row(AuditLog.Recorded entry, ZonedDateTime at) {
	}

	@GetMapping(PAGE)
	String log(@RequestParam(name = "staff", required = false) Long actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "1") PageNumber page, Model model,
			HttpServletResponse response, @CurrentStaff StaffMember member) {
		// a moderator can block the writer of any comment the log names
		model.addAttribute("canBlock", member.isModerator());
		LocalDate fromDay = day(from).orElse(null);
		LocalDate toDay = day(to).orElse(null);
		// one more than a page, to know whether there is an older page
		List<AuditLog.Recorded> found = audit.find(actor, fromDay, toDay, site.timeZone(), PAGE_SIZE + 1,
				(long) page.index() * PAGE_SIZE);
		model.addAttribute("rows",
				found.stream()
					.limit(PAGE_SIZE)
					.map(entry -> new Row(entry, entry.at().atZone(site.timeZone())))
					.toList());
		model.addAttribute("staffMembers", everyone());
		model.addAttribute("staff", actor);
		boolean badFrom = from != null && !from.isBlank() && fromDay == null;
		boolean badTo = to != null && !to.isBlank() && toDay == null;
		// a date that is not one keeps what was typed, beside the message, and the answer
		// says so
		model.addAttribute("from", badFrom ? from : fromDay);
		model.addAttribute("to", badTo ? to : toDay);
		model.addAttribute("badDate", badFrom || badTo);
		if (badFrom || badTo) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("olderUrl", found.size() > PAGE_SIZE ? url(actor, fromDay, toDay, page.value() + 1) : null);
		model.addAttribute("newerUrl", page.value() > 1 ? url(actor, fromDay, toDay, page.value() - 1) : null);
		return "audit/log";
	}

	private List<StaffMember> everyone() {
		Map<Long, StaffMember> members = new LinkedHashMap<>();
		for (StaffRole role : StaffRole.values()) {
			directory.withRole(role).forEach(member -> members.putIfAbsent(member.id(), member));
		}
		return members.values().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList();
	}

	private static String url(Long actor, LocalDate from, LocalDate to, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(PAGE);
		if (actor != null) {
			url.queryParam("staff", actor);
		}
		if (from != null) {
			url.queryParam("from", from);
		}
		if (to != null) {
			url.queryParam("to", to);
		}
		return url.queryParam("page", page).build().toUriString();
	}

	/**
	 * A day written as 2026-03-14, in years the log can hold; anything else is not a day.
	 * The dates are read here rather than as typed parameters because a date that is not
	 * one is shown back as it was typed, beside the message.
	 */
	static Optional<LocalDate> day(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()))
				.filter(day -> day.getYear() >= 1900 && day.getYear() <= 9999);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
