package io.countersign.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.model.analysis.DraftAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A large queue shows its first rows before its last are analysed; a reload swaps the list whole. */
class QueueLoadingTest {

    /** Runs work at once but holds part results back, so a test can look between batches. */
    private static final class HeldDeliveries implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            held.add(() -> onSuccess.accept(result));
        }

        @Override
        public void deliver(Runnable action) {
            held.add(action);
        }

        void runNext() {
            held.removeFirst().run();
        }
    }

    /** The 35 demo drafts, repeated to make a queue larger than one batch. */
    private static QueueSource repeatedDemo(int copies) throws Exception {
        List<PendingDraft> demo = DemoQueue.pending();
        List<PendingDraft> many =
                IntStream.range(0, copies).boxed().flatMap(i -> demo.stream()).toList();
        return new QueueSource() {
            @Override
            public String description() {
                return "repeated demo";
            }

            @Override
            public List<PendingDraft> pendingDrafts() {
                return many;
            }
        };
    }

    @Test
    void aFirstLoadShowsEachBatchAsItIsAnalysed() throws Exception {
        QueueSource source = repeatedDemo(20); // 700 drafts: batches of 250 and 450
        HeldDeliveries executor = new HeldDeliveries();
        QueueViewModel model = new QueueViewModel(source, executor, new RecordingDialogService(), DemoQueue.CLOCK);

        model.load();
        assertThat(executor.held).hasSize(3); // two batches, then the end of the load
        assertThat(model.allItems()).isEmpty();

        executor.runNext();
        assertThat(model.allItems()).hasSize(QueueAnalysis.FIRST_BATCH);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Analysed 250 of 700 pending drafts…");
        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.countProperty(SeverityFilter.ALL).get()).isEqualTo(250);

        executor.runNext();
        executor.runNext();
        assertThat(model.allItems()).hasSize(700);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("700 pending drafts analysed");
        assertThat(model.countProperty(SeverityFilter.ALL).get()).isEqualTo(700);
    }

    @Test
    void aReloadReplacesTheRowsOnceAndKeepsTheSelection() throws Exception {
        QueueSource source = repeatedDemo(20);
        HeldDeliveries executor = new HeldDeliveries();
        QueueViewModel model = new QueueViewModel(source, executor, new RecordingDialogService(), DemoQueue.CLOCK);
        model.load();
        while (!executor.held.isEmpty()) {
            executor.runNext();
        }
        QueueItem chosen = model.visibleItems().get(7);
        model.selectedProperty().set(chosen);

        model.load();
        assertThat(executor.held).hasSize(1); // no part results: the list is swapped whole
        executor.runNext();
        assertThat(model.allItems()).hasSize(700);
        assertThat(model.selectedProperty().get()).isNotSameAs(chosen);
        assertThat(model.selectedProperty().get().id()).isEqualTo(chosen.id());
    }

    @Test
    void aLoadThatIsNoLongerWantedStopsAfterTheBatchInHand() throws Exception {
        List<PendingDraft> pending = repeatedDemo(20).pendingDrafts();
        List<Integer> batchSizes = new ArrayList<>();
        new QueueAnalysis().analyze(pending, () -> batchSizes.isEmpty(), batch -> batchSizes.add(batch.size()));
        assertThat(batchSizes).containsExactly(QueueAnalysis.FIRST_BATCH);
    }

    @Test
    void aNewerLoadDropsTheOlderOnesBatches() throws Exception {
        HeldDeliveries executor = new HeldDeliveries();
        QueueViewModel model =
                new QueueViewModel(repeatedDemo(20), executor, new RecordingDialogService(), DemoQueue.CLOCK);
        model.load();
        model.load(); // say the acting approver changed before the first load showed anything
        while (!executor.held.isEmpty()) {
            executor.runNext();
        }
        assertThat(model.allItems()).hasSize(700);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void parallelAnalysisGivesEachDraftTheSameFindingsAsOneByOne() throws Exception {
        List<PendingDraft> pending = repeatedDemo(3).pendingDrafts();
        List<QueueItem> batched = new ArrayList<>();
        new QueueAnalysis().analyze(pending, () -> true, batched::addAll);
        assertThat(batched).hasSameSizeAs(pending);
        for (int i = 0; i < pending.size(); i++) {
            PendingDraft draft = pending.get(i);
            var alone = new DraftAnalyzer(draft.snapshot(), draft.policy())
                    .analyze(draft.draft(), draft.otherPending(), draft.review());
            assertThat(batched.get(i).pending()).isSameAs(draft);
            assertThat(batched.get(i).analysis().findings()).isEqualTo(alone.findings());
            assertThat(batched.get(i).risk()).isEqualTo(alone.risk());
        }
    }
}
