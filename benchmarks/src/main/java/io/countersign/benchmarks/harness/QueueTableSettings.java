package io.countersign.benchmarks.harness;

/**
 * S8's sizes per harness mode: rows in the queue, measured scroll frames (as many again warm up
 * first) and repeats of each column's sort.
 */
record QueueTableSettings(int rows, int scrollFrames, int sortRepeats) {
    static final QueueTableSettings FULL = new QueueTableSettings(100_000, 200, 3);
    static final QueueTableSettings SMOKE = new QueueTableSettings(300, 4, 1);

    static QueueTableSettings of(HarnessSettings settings) {
        return settings.name().equals("full") ? FULL : SMOKE;
    }

    String describe() {
        return "S8: " + rows + " rows, " + scrollFrames + " scroll frames after as many warm-up, " + sortRepeats
                + " sort(s) per column, median";
    }
}
