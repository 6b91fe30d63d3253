package io.countersign.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is records, analysis and evidence rules: it knows nothing of screens, databases or the modules above it. */
@AnalyzeClasses(packages = "io.countersign.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.countersign.model.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependsOnNoOuterModule = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.countersign.persistence..",
                    "io.countersign.services..",
                    "io.countersign.cli..",
                    "io.countersign.app..");

    @ArchTest
    static final ArchRule knowsNoScreens = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..", "picocli..");

    @ArchTest
    static final ArchRule knowsNoDatabase = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..");
}
