package org.painwise.site;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules keep to their boundaries: no cycles, and no module reaches into another's
 * internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PainwiseApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theDesignedModulesAndNoOthersExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"shared", "staff", "articles", "comments", "ratings", "moderation", "editorial", "feedback", "privacy");
	}

}
