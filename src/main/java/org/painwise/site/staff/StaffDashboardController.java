package org.painwise.site.staff;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page: who is signed in, and a panel from each part of the staff area
 * they use.
 */
@Controller
@AnyStaff
@RequiredArgsConstructor
class StaffDashboardController {

	private final ObjectProvider<StaffDashboardSection> sections;

	@GetMapping(StaffWebConfiguration.DASHBOARD)
	String dashboard(@CurrentStaff StaffMember member, Model model) {
		model.addAttribute("panels",
				sections.orderedStream().map(section -> section.panelFor(member)).flatMap(Optional::stream).toList());
		return "staff/dashboard";
	}

}
