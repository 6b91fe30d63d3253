package io.countersign.benchmarks.gui;

import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.training.TrainingFolders;
import io.countersign.app.workbench.ThemeChoice;
import io.countersign.app.workbench.Workbench;
import io.countersign.benchmarks.workload.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * S8, run as a fresh JVM by the harness: the real workbench on a real stage (Monocle headless,
 * software rendering) with a queue of {@code rows} generated rows, driven one step per pulse by
 * {@link PulseScript}. Measures pulse-to-pulse frame times while scrolling, each column's sort, select
 * all and clear, each from the call to the start of the next pulse (the one after the frame that
 * showed it); the floor is {@code List.sort} of the same rows with the column's own comparator, in
 * the same JVM, just before each sort. Prints one JSON line.
 *
 * <p>Usage: {@code QueueTableRun WORKLOAD_DIR ROWS SCROLL_FRAMES SORT_REPEATS}
 */
public final class QueueTableRun {
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;
    /** Two days after the newest generated draft, as the app's demo clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

    private static final int PAGE_ROWS = 20;

    private QueueTableRun() {}

    public static void main(String[] args) throws Exception {
        headlessDefaults();
        Workload workload = Workload.open(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        int scrollFrames = Integer.parseInt(args[2]);
        int sortRepeats = Integer.parseInt(args[3]);
        long began = System.nanoTime();
        BigQueue queue = BigQueue.of(workload, rows);
        double builtMs = (System.nanoTime() - began) / 1e6;
        Path training = Files.createTempDirectory("countersign-s8-training");

        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Workbench workbench = Workbench.create(
                        queue,
                        new SameThreadTaskExecutor(),
                        new FailingDialogs(),
                        CLOCK,
                        ThemeChoice.LIGHT,
                        new TrainingFolders(training));
                Scene scene = new Scene(workbench.view(), WIDTH, HEIGHT);
                workbench.install(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.show();
                long loadStart = System.nanoTime();
                workbench.start();
                double loadMs = (System.nanoTime() - loadStart) / 1e6;
                new Run(workbench, rows, scrollFrames, sortRepeats, builtMs, loadMs, report).start();
            } catch (RuntimeException | Error e) {
                report.completeExceptionally(e);
            }
        });
        try {
            System.out.println(report.get(30, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        }
        // The toolkit's threads would keep the JVM alive; the report is out, so stop here.
        System.exit(0);
    }

    /** Monocle headless and the software pipeline, as the app's tests run, unless the caller chose otherwise. */
    static void headlessDefaults() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("headless.geometry", "1920x1200-32");
        // Pulses back to back instead of at 60 Hz, so a pulse-to-pulse time is the work, not the vsync grid.
        setIfAbsent("javafx.animation.fullspeed", "true");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The measuring script: one step at the start of each pulse. */
    private static final class Run {
        private final Workbench workbench;
        private final QueueViewModel model;
        private final TableView<QueueItem> table;
        private final int rows;
        private final CompletableFuture<String> report;
        private final PulseScript script = new PulseScript();
        private final List<Double> frames = new ArrayList<>();
        private final List<Double> idleFrames = new ArrayList<>();
        private final List<String> sorts = new ArrayList<>();
        private double selectAllMs;
        private double clearMs;
        private double sortFloorDefaultMs;
        private final String header;

        Run(
                Workbench workbench,
                int rows,
                int scrollFrames,
                int sortRepeats,
                double builtMs,
                double loadMs,
                CompletableFuture<String> report) {
            this.workbench = workbench;
            this.model = workbench.model().queue();
            this.table = workbench.view().queueView().table();
            this.rows = rows;
            this.report = report;
            this.header =
                    String.format(Locale.ROOT, "\"rows\":%d,\"buildMs\":%.1f,\"loadMs\":%.1f", rows, builtMs, loadMs);
            plan(scrollFrames, sortRepeats);
        }

        void start() {
            script.start(report::completeExceptionally);
        }

        private void plan(int scrollFrames, int sortRepeats) {
            script.waitUntil(
                    () -> table.getItems().size() == rows
                            && !model.loadingProperty().get(),
                    "the queue to load");
            script.idle(5);
            // Pulses with nothing to do: what a frame costs at least on this pipeline (and that pulses run back to
            // back).
            for (int i = 0; i < 10; i++) {
                script.timed(() -> {}, idleFrames::add);
            }
            // A first pass warms up the cells' code; only the second is measured.
            scroll(scrollFrames, null);
            scroll(scrollFrames, frames);
            script.step(() -> table.scrollTo(0));
            script.idle(3);
            List<List<Double>> sortTimes = new ArrayList<>();
            List<List<Double>> floorTimes = new ArrayList<>();
            for (int c = 0; c < table.getColumns().size(); c++) {
                sortTimes.add(new ArrayList<>());
                floorTimes.add(new ArrayList<>());
            }
            for (int rep = 0; rep < sortRepeats; rep++) {
                for (int c = 0; c < table.getColumns().size(); c++) {
                    int column = c;
                    script.step(() ->
                            floorTimes.get(column).add(listSort(column(column).getComparator())));
                    script.timed(
                            () -> sortBy(column(column)),
                            ms -> sortTimes.get(column).add(ms));
                    script.step(() -> checkSorted(column(column)));
                    script.idle(2);
                }
            }
            script.step(() -> {
                for (int c = 0; c < table.getColumns().size(); c++) {
                    sorts.add(String.format(
                            Locale.ROOT,
                            "{\"column\":\"%s\",\"ms\":%s,\"floorMs\":%s}",
                            column(c).getText(),
                            sortTimes.get(c),
                            floorTimes.get(c)));
                }
            });
            // The queue is single-selection; selecting all needs the multiple mode this scenario is about.
            script.step(() -> {
                table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
                sortFloorDefaultMs = listSort(column(0).getComparator());
            });
            script.idle(2);
            script.timed(() -> table.getSelectionModel().selectAll(), ms -> selectAllMs = ms);
            script.step(() -> expect(
                    table.getSelectionModel().getSelectedIndices().size() == rows,
                    "select all selected "
                            + table.getSelectionModel().getSelectedIndices().size() + " of " + rows + " rows"));
            script.idle(2);
            script.timed(() -> model.selectedProperty().set(null), ms -> clearMs = ms);
            script.step(() -> expect(
                    table.getSelectionModel().getSelectedIndices().isEmpty()
                            && workbench.model().review().itemProperty().get() == null,
                    "clearing left "
                            + table.getSelectionModel().getSelectedIndices().size() + " rows selected"));
            script.idle(2);
            script.step(() -> report.complete(json()));
        }

        private void scroll(int count, List<Double> into) {
            int half = count / 2;
            for (int i = 0; i < count; i++) {
                // Page down from the top, then jumps across the whole table as when dragging the thumb.
                int index = i < half
                        ? i * PAGE_ROWS
                        : (int) (((long) (i - half) * rows / Math.max(1, count - half) + 17) % rows);
                if (into == null) {
                    script.step(() -> table.scrollTo(index));
                } else {
                    script.timed(() -> table.scrollTo(index), into::add);
                }
            }
        }

        @SuppressWarnings("unchecked")
        private TableColumn<QueueItem, QueueItem> column(int index) {
            return (TableColumn<QueueItem, QueueItem>) table.getColumns().get(index);
        }

        private void sortBy(TableColumn<QueueItem, QueueItem> column) {
            column.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
        }

        /** The same rows, in the order the table shows now, sorted with the column's comparator. */
        private double listSort(Comparator<QueueItem> order) {
            List<QueueItem> copy = new ArrayList<>(table.getItems());
            long start = System.nanoTime();
            copy.sort(order);
            return (System.nanoTime() - start) / 1e6;
        }

        private void checkSorted(TableColumn<QueueItem, QueueItem> column) {
            List<QueueItem> shown = table.getItems();
            Comparator<QueueItem> order = column.getComparator();
            for (int i = 1; i < shown.size(); i++) {
                expect(
                        order.compare(shown.get(i - 1), shown.get(i)) <= 0,
                        "rows not sorted by " + column.getText() + " at " + i);
            }
        }

        private static void expect(boolean condition, String failure) {
            if (!condition) {
                throw new IllegalStateException(failure);
            }
        }

        private String json() {
            return "{" + header + ",\"idleFrameMs\":" + idleFrames + ",\"frameMs\":" + frames + ",\"sorts\":" + sorts
                    + ",\"selectAllMs\":" + selectAllMs + ",\"clearMs\":" + clearMs + ",\"sortFloorDefaultMs\":"
                    + sortFloorDefaultMs + ",\"fullspeed\":" + Boolean.getBoolean("javafx.animation.fullspeed")
                    + ",\"pipeline\":\"" + System.getProperty("prism.order") + "\"}";
        }
    }
}
