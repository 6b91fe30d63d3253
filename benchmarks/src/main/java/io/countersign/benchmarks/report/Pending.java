package io.countersign.benchmarks.report;

import java.util.List;

/**
 * Scenarios of the ship-and-measure issue the harness cannot measure yet, and what each waits for.
 * They are listed in the report, never run with a stand-in.
 */
public record Pending(String scenario, String title, String target, String waitsFor) {

    public static final List<Pending> ALL = List.of(
            new Pending("S8", "100,000-row queue: scroll, sort, select all, clear selection",
                    "frame p95 <= 33 ms, sort <= 200 ms, clear <= 100 ms; floor: List.sort with the same comparator, <= 3x",
                    "the review queue screen (app)"));
}
