package io.countersign.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line: picocli over the services, with no JavaFX on its class path and no SQL of its own. */
@AnalyzeClasses(packages = "io.countersign.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    /** The command line is one package today; this guards the day it grows subpackages. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.countersign.cli.(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule dependsOnNoModuleAbove =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("io.countersign.app..");

    @ArchTest
    static final ArchRule knowsNoScreens = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule storeOnlyThroughServices = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..", "org.jooq..", "org.h2..", "org.flywaydb..", "io.countersign.persistence.jooq..");

    /** Every picocli command is named for what it is, so `countersign foo` is found as FooCommand. */
    @ArchTest
    static final ArchRule commandsAreNamedSo =
            classes().that().areAnnotatedWith(Command.class).should().haveSimpleNameEndingWith("Command");

    /** Not only no dependency today: JavaFX cannot even be loaded, so a command can never start the toolkit. */
    @Test
    void javaFxIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("javafx.application.Platform"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
