package io.countersign.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVVM as STYLE.md asks: view models and their plain helpers never touch a node, a window or a dialog. */
class ViewModelRulesTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.countersign.app");

    @Test
    void viewModelsStayOffTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(APP);
    }

    @Test
    void reviewAndQueueModelsStayOffTheSceneGraph() {
        noClasses().that().haveNameMatching(".*\\.(QueueItem|QueueAnalysis|PendingDraft|DiffNode|AccessDiffTree|FindingLinks"
                        + "|WorkflowChain|DraftSummary|Advisory|AccessText|Marks|Mark|DraftHistory|DecisionForm|DecisionCase|LineItemRow"
                        + "|Acknowledgement|ControlOption|BlockingReason|Confirmation|PassphraseStrength|WorkspaceSession|WorkspaceQueueSource)")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(APP);
    }
}
