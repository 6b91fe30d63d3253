package io.countersign.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.model.analysis.AccessRow;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review's state without a toolkit: header, diff tree, findings and their links, advisory, chain. */
class ReviewViewModelTest {
    private static QueueViewModel queue;

    @BeforeAll
    static void loadQueue() {
        queue = DemoQueue.loadedModel();
    }

    private static ReviewViewModel review(String id) {
        ReviewViewModel model = new ReviewViewModel();
        model.itemProperty().set(DemoQueue.item(queue, id));
        return model;
    }

    private static List<DiffNode> flatten(List<DiffNode> nodes) {
        List<DiffNode> all = new ArrayList<>();
        for (DiffNode node : nodes) {
            all.add(node);
            all.addAll(flatten(node.children()));
        }
        return all;
    }

    @Test
    void headerPutsTheHumanRequestBesideTheProposal() {
        DraftSummary summary = review("DR-4109").summaryProperty().get();
        assertThat(summary.title()).isEqualTo("Grant S3 access to wl-invoice-ocr");
        assertThat(summary.requestText()).isNotBlank();
        assertThat(summary.proposal())
                .isNotEmpty()
                .allMatch(line -> line.startsWith("Add") || line.startsWith("Remove") || line.startsWith("Create"));
        assertThat(summary.assistant()).isNotEqualTo("—");
    }

    @Test
    void findingsComeMostSevereFirst() {
        List<Finding> findings = review("DR-4110").findings();
        assertThat(findings).hasSizeGreaterThan(3);
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).severity())
                    .isLessThanOrEqualTo(findings.get(i - 1).severity());
        }
    }

    @Test
    void diffGroupsRowsUnderIdentityAndSystemWithRolesExpandable() {
        ReviewViewModel model = review("DR-4101");
        DiffNode identity = model.diff().getFirst();
        assertThat(identity.level()).isEqualTo(DiffNode.Level.IDENTITY);
        assertThat(identity.children()).allMatch(node -> node.level() == DiffNode.Level.SYSTEM);
        DiffNode role = flatten(model.diff()).stream()
                .filter(n -> n.level() == DiffNode.Level.ROLE)
                .findFirst()
                .orElseThrow();
        assertThat(role.change()).isEqualTo(AccessRow.Change.ADDED);
        assertThat(role.children()).isNotEmpty().allMatch(n -> n.path().startsWith("via "));
    }

    @Test
    void changedLinesSortBeforeUnchangedOnes() {
        for (DiffNode node : flatten(review("DR-4110").diff())) {
            List<DiffNode> children = node.children();
            for (int i = 1; i < children.size(); i++) {
                assertThat(children.get(i).change().ordinal())
                        .isGreaterThanOrEqualTo(children.get(i - 1).change().ordinal());
            }
        }
    }

    @Test
    void changedRowsShowBeforeAndAfter() {
        List<DiffNode> changed = queue.allItems().stream()
                .map(QueueItem::id)
                .map(ReviewViewModelTest::review)
                .flatMap(model -> flatten(model.diff()).stream())
                .filter(n -> n.level() == DiffNode.Level.ENTITLEMENT && n.change() == AccessRow.Change.CHANGED)
                .toList();
        assertThat(changed).isNotEmpty().allMatch(n -> n.proposed().contains("→"));
    }

    @Test
    void selectingAFindingHighlightsItsLines() {
        ReviewViewModel model = review("DR-4110");
        Finding sod = model.findings().stream()
                .filter(f -> f.rule() == RuleId.SOD_CONFLICT)
                .findFirst()
                .orElseThrow();
        model.selectedFindingProperty().set(sod);
        assertThat(model.highlighted())
                .isNotEmpty()
                .allMatch(node -> node.level() == DiffNode.Level.ENTITLEMENT || node.level() == DiffNode.Level.ROLE);
        model.selectedFindingProperty().set(null);
        assertThat(model.highlighted()).isEmpty();
    }

    @Test
    void selectingALineMarksTheFindingsAboutIt() {
        ReviewViewModel model = review("DR-4110");
        Finding first = model.findings().stream()
                .filter(f -> !model.linesOf(f).isEmpty())
                .findFirst()
                .orElseThrow();
        DiffNode line = model.linesOf(first).getFirst();
        model.selectedLineProperty().set(line);
        assertThat(model.linkedFindings()).contains(first);
    }

    @Test
    void advisoryCarriesTheAssistantsRecommendationApart() {
        Advisory advisory = review("DR-4110").advisoryProperty().get();
        assertThat(advisory.recommendation()).isEqualTo("Approve");
        assertThat(advisory.confidence()).endsWith("%");
        assertThat(advisory.rationale()).isNotBlank();
    }

    @Test
    void workflowDraftsBecomeABeforeAndAfterChain() {
        ReviewViewModel model = review("DR-4122");
        WorkflowChain chain = model.workflowProperty().get();
        assertThat(model.isWorkflowChange()).isTrue();
        assertThat(chain.before()).extracting(WorkflowChain.StepCard::change).contains(AccessRow.Change.REMOVED);
        assertThat(chain.after()).extracting(WorkflowChain.StepCard::change).doesNotContain(AccessRow.Change.REMOVED);
        assertThat(chain.after())
                .filteredOn(card -> card.change() == AccessRow.Change.CHANGED)
                .allMatch(card -> !card.notes().isEmpty());
    }

    @Test
    void cumulativeCasesListTheOtherPendingDrafts() {
        ReviewViewModel model = review("DR-4119");
        assertThat(model.otherPending()).isNotEmpty();
        assertThat(review("DR-4101").otherPending()).isEmpty();
    }

    @Test
    void clearingTheItemEmptiesEverything() {
        ReviewViewModel model = review("DR-4110");
        model.itemProperty().set(null);
        assertThat(model.diff()).isEmpty();
        assertThat(model.findings()).isEmpty();
        assertThat(model.summaryProperty().get()).isNull();
    }
}
