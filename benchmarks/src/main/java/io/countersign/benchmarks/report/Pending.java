package io.countersign.benchmarks.report;

import java.util.List;

/**
 * Scenarios of the ship-and-measure issue the harness cannot measure yet, and what each waits for.
 * They are listed in the report, never run with a stand-in.
 */
public record Pending(String scenario, String title, String target, String waitsFor) {

    /** Every scenario of the issue is measured now; the report keeps the section for any added later. */
    public static final List<Pending> ALL = List.of();
}
