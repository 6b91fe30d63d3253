package io.countersign.gate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A small library a provisioning service embeds: the model and nothing else of Countersign, no screens, no database. */
@AnalyzeClasses(packages = "io.countersign.gate", importOptions = ImportOption.DoNotIncludeTests.class)
class GateArchitectureTest {

    /** One package today; this guards the day it grows subpackages. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.countersign.gate.(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule dependsOnTheModelOnly = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.countersign.persistence..",
                    "io.countersign.services..",
                    "io.countersign.cli..",
                    "io.countersign.app..");

    @ArchTest
    static final ArchRule noScreensNoDatabaseNoNetwork = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "picocli..", "java.sql..", "org.jooq..", "org.h2..", "java.net.http..", "javax.net..");

    /** Verdicts and inputs are values: nothing in the gate keeps state between checks. */
    @ArchTest
    static final ArchRule noMutableStaticState =
            classes().that().areNotEnums().should().haveOnlyFinalFields();
}
