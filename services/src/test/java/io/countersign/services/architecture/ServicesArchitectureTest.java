package io.countersign.services.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The use cases: callable from a command line, a window or a test, on any store the persistence module opens. */
@AnalyzeClasses(packages = "io.countersign.services", importOptions = ImportOption.DoNotIncludeTests.class)
class ServicesArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.countersign.services.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependsOnNoModuleAbove = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.countersign.cli..", "io.countersign.app..");

    @ArchTest
    static final ArchRule knowsNoScreensOrCommandLine = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..", "picocli..");

    /** Use cases reach the store through repositories and StoreTransaction, never SQL or jOOQ themselves. */
    @ArchTest
    static final ArchRule storeOnlyThroughRepositories = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..",
                    "javax.sql..",
                    "org.jooq..",
                    "org.h2..",
                    "org.flywaydb..",
                    "io.countersign.persistence.jooq..");

    /** A refusal a user can act on is an unchecked exception named for what was refused. */
    @ArchTest
    static final ArchRule refusalsAreUncheckedAndNamedSo =
            classes().that().areAssignableTo(RuntimeException.class).should().haveSimpleNameEndingWith("Exception");
}
