package org.myositisguide;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * The application class starts everything, so it may use every feature; no feature
	 * may use it (which would close a cycle through it).
	 */
	@Test
	void noFeatureDependsOnTheApplicationClass() {
		noClasses().that()
			.resideInAPackage("org.myositisguide.*..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.myositisguide")
			.check(this.classes);
	}

	/**
	 * Every class belongs to a feature package; only the application class is at the top.
	 */
	@Test
	void everyClassIsInAFeaturePackage() {
		assertThat(this.classes
			.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.myositisguide")))
			.extracting(com.tngtech.archunit.core.domain.JavaClass::getName)
			.allMatch((name) -> name.startsWith("org.myositisguide.MyositisGuideApplication"));
	}

	@Test
	void pagesReadTheIndexNeverFilesOrSql() {
		noClasses().that()
			.resideInAnyPackage("..article..", "..tag..", "..home..", "..web..", "..about..", "..glossary..",
					"..body..", "..feed..")
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
