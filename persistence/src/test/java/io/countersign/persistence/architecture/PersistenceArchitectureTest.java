package io.countersign.persistence.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Storage only: the workspace folder, the connection, migrations and repositories; no use cases, no screens. */
@AnalyzeClasses(packages = "io.countersign.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureTest {

    private static final String GENERATED = "io.countersign.persistence.jooq..";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.countersign.persistence.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependsOnNoModuleAbove = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.countersign.services..", "io.countersign.cli..", "io.countersign.app..");

    @ArchTest
    static final ArchRule knowsNoScreensOrCommandLine = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..", "picocli..");

    /** Callers get model records: jOOQ's generated records stay behind the repositories. */
    @ArchTest
    static final ArchRule publicMethodsReturnNoGeneratedType = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .resideOutsideOfPackage(GENERATED)
            .should()
            .notHaveRawReturnType(describe(
                    "a jOOQ generated type",
                    (JavaClass type) -> type.getPackageName().startsWith("io.countersign.persistence.jooq")));

    /** Plain JDBC belongs to opening the workspace, forcing commits to disk and the append-only triggers. */
    @ArchTest
    static final ArchRule repositoriesSpeakJooqNotJdbc = noClasses()
            .that()
            .resideInAnyPackage("io.countersign.persistence.(*)..")
            .and()
            .resideOutsideOfPackages("io.countersign.persistence.schema..", GENERATED)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..");
}
