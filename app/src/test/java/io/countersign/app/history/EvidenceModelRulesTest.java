package io.countersign.app.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** History and Export keep MVVM: only views, tables and banners touch the scene graph; everything else is plain. */
class EvidenceModelRulesTest {
    private static final JavaClasses SCREENS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.countersign.app.history", "io.countersign.app.export");

    @Test
    void onlyViewsTouchTheSceneGraph() {
        noClasses().that().haveNameNotMatching(".*(View|Table|Banner)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(SCREENS);
    }
}
