package org.myositisguide;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages apart: no cycles, pages never touch files or SQL, and the
 * content reader knows nothing of the web or the database.
 */
class ModularityTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.myositisguide");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.myositisguide.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void pagesReadTheIndexNeverFilesOrSql() {
		noClasses().that()
			.resideInAnyPackage("..article..", "..tag..", "..home..", "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.myositisguide.index..", "java.nio.file..", "org.springframework.jdbc..")
			.check(this.classes);
	}

	@Test
	void contentKnowsNothingOfHttpOrTheDatabase() {
		noClasses().that()
			.resideInAPackage("org.myositisguide.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "jakarta.persistence..")
			.check(this.classes);
	}

}
