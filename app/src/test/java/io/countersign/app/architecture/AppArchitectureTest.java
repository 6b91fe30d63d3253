package io.countersign.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The workbench, packaged by feature, in MVVM as STYLE.md asks: only views touch the scene graph;
 * view models and their plain helpers are tested without a toolkit.
 */
@AnalyzeClasses(packages = "io.countersign.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    private static final String[] SCENE_GRAPH = {"javafx.scene..", "javafx.stage.."};

    /** A view's name says what it is: a view, a table, a cell, a bar, a pane, a banner, a picker or a window. */
    private static final String VIEW_NAMES = ".*(View|Table|Cell|Bar|Pane|Banner|Picker|Window)(\\$.*)?";

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("io.countersign.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SCENE_GRAPH);

    /**
     * Inside a feature only views touch the scene graph. The window shell ({@code workbench}) and the
     * shared controls ({@code common}) are made of nodes by nature.
     */
    @ArchTest
    static final ArchRule onlyViewsTouchTheSceneGraph = noClasses()
            .that()
            .resideInAPackage("io.countersign.app.(*)..")
            .and()
            .resideOutsideOfPackages("io.countersign.app.workbench..", "io.countersign.app.common..")
            .and()
            .haveNameNotMatching(VIEW_NAMES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SCENE_GRAPH);

    /** Features reach the store through the services, never with SQL or jOOQ of their own. */
    @ArchTest
    static final ArchRule storeOnlyThroughServices = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..", "org.jooq..", "org.h2..", "org.flywaydb..", "io.countersign.persistence.jooq..");

    /** View models call services; the command line is a sibling front end, not a library for screens. */
    @ArchTest
    static final ArchRule viewModelsDoNotRunCommands = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("picocli..", "io.countersign.cli..");
}
