package io.countersign.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.Severity;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's state without a toolkit: loading, counts, filters, search and moving through drafts. */
class QueueViewModelTest {

    @Test
    void loadsEveryDemoDraftAndSelectsTheFirst() {
        QueueViewModel model = DemoQueue.loadedModel();
        assertThat(model.allItems()).hasSize(35);
        assertThat(model.visibleItems()).hasSize(35);
        assertThat(model.selectedProperty().get()).isSameAs(model.visibleItems().getFirst());
        assertThat(model.statusProperty().get()).isEqualTo("35 pending drafts analysed");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void countsDraftsPerHighestSeverity() {
        QueueViewModel model = DemoQueue.loadedModel();
        int sum = 0;
        for (SeverityFilter filter : SeverityFilter.values()) {
            if (filter != SeverityFilter.ALL) {
                sum += model.countProperty(filter).get();
            }
        }
        assertThat(sum).isEqualTo(35);
        assertThat(model.count(Severity.CRITICAL)).isPositive();
        assertThat(model.countProperty(SeverityFilter.ALL).get()).isEqualTo(35);
    }

    @Test
    void severityFilterKeepsOnlyThatHighestSeverity() {
        QueueViewModel model = DemoQueue.loadedModel();
        model.severityFilterProperty().set(SeverityFilter.CRITICAL);
        assertThat(model.visibleItems()).isNotEmpty().allMatch(item -> item.highestSeverity() == Severity.CRITICAL);
        assertThat(model.visibleItems()).hasSize(model.count(Severity.CRITICAL));
    }

    @Test
    void kindFilterKeepsOnlyThatKind() {
        QueueViewModel model = DemoQueue.loadedModel();
        model.kindFilterProperty().set(KindFilter.WORKFLOW_CHANGE);
        assertThat(model.visibleItems()).extracting(QueueItem::kind).containsOnly(DraftKind.WORKFLOW_CHANGE);
        assertThat(model.visibleItems()).hasSize(4);
    }

    @Test
    void searchMatchesTitleIdAndIdentityNames() {
        QueueViewModel model = DemoQueue.loadedModel();
        model.searchProperty().set("S3 ACCESS");
        assertThat(model.visibleItems()).extracting(QueueItem::id).contains("DR-4109");
        model.searchProperty().set("invoice ocr");
        assertThat(model.visibleItems()).extracting(QueueItem::id).contains("DR-4109");
        model.searchProperty().set("dr-4122");
        assertThat(model.visibleItems()).extracting(QueueItem::id).containsExactly("DR-4122");
    }

    @Test
    void selectionMovesToAVisibleDraftWhenFilteredAway() {
        QueueViewModel model = DemoQueue.loadedModel();
        model.selectedProperty().set(DemoQueue.item(model, "DR-4101"));
        model.kindFilterProperty().set(KindFilter.CREDENTIAL);
        assertThat(model.selectedProperty().get().kind()).isEqualTo(DraftKind.CREDENTIAL);
    }

    @Test
    void nextAndPreviousFollowTheVisibleOrderAndStopAtTheEnds() {
        QueueViewModel model = DemoQueue.loadedModel();
        List<QueueItem> order = List.copyOf(model.visibleItems());
        model.selectNext();
        model.selectNext();
        assertThat(model.selectedProperty().get()).isSameAs(order.get(2));
        model.selectPrevious();
        assertThat(model.selectedProperty().get()).isSameAs(order.get(1));
        model.selectPrevious();
        model.selectPrevious();
        assertThat(model.selectedProperty().get()).isSameAs(order.getFirst());
        model.selectedProperty().set(order.getLast());
        model.selectNext();
        assertThat(model.selectedProperty().get()).isSameAs(order.getLast());
    }

    @Test
    void clearFiltersShowsEverythingAgain() {
        QueueViewModel model = DemoQueue.loadedModel();
        model.searchProperty().set("nothing matches this");
        model.severityFilterProperty().set(SeverityFilter.HIGH);
        assertThat(model.visibleItems()).isEmpty();
        model.clearFilters();
        assertThat(model.visibleItems()).hasSize(35);
    }

    @Test
    void aQueueThatCannotBeReadIsReportedInPlainWords() {
        RecordingDialogService dialogs = new RecordingDialogService();
        QueueSource broken = new QueueSource() {
            @Override
            public String description() {
                return "the test workspace";
            }

            @Override
            public List<PendingDraft> pendingDrafts() throws Exception {
                throw new IOException("inbox/d1.json: line 3:5: duplicate key \"id\"");
            }
        };
        QueueViewModel model = new QueueViewModel(broken, new SameThreadTaskExecutor(), dialogs, DemoQueue.CLOCK);
        model.load();
        assertThat(model.allItems()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("The queue could not be read");
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .contains("the test workspace")
                .contains("duplicate key")
                .doesNotContain("Exception");
    }

    @Test
    void agesAreCompact() {
        assertThat(QueueItem.ageText(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(QueueItem.ageText(Duration.ofMinutes(42))).isEqualTo("42 min");
        assertThat(QueueItem.ageText(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(QueueItem.ageText(Duration.ofDays(2).plusHours(3))).isEqualTo("2 d");
    }
}
