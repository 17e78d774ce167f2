package org.painwise.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules keep to their boundaries: no cycles, and no module reaches into
 * another's internals. The module documentation (Spring Modulith's component diagrams,
 * one of all modules and one a module) is written from the same model, and the diagram
 * the README links is kept in step with it.
 */
class ModularityTests {

	private static final Path WRITTEN = Path.of("target", "spring-modulith-docs");

	/** The diagram of all modules the README links, as committed. */
	private static final Path COMMITTED = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(PainwiseApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theDesignedModulesAndNoOthersExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"shared", "staff", "articles", "comments", "ratings", "moderation", "editorial", "feedback", "privacy",
				"audit");
	}

	@Test
	void theCommittedModuleDiagramIsCurrent() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		modules.forEach(module -> assertThat(WRITTEN.resolve("module-" + module.getIdentifier() + ".puml")).exists());
		// compared line by line in any order: the diagram's meaning does not depend on it
		assertThat(Files.readAllLines(COMMITTED.resolve("components.puml")))
			.as("docs/modules/components.puml is out of date: copy %s over it", WRITTEN.resolve("components.puml"))
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(WRITTEN.resolve("components.puml")));
	}

}
