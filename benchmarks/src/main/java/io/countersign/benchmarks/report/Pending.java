package io.countersign.benchmarks.report;

import java.util.List;

/**
 * Scenarios of the ship-and-measure issue the harness cannot measure yet, and what each waits for.
 * They are listed in the report, never run with a stand-in.
 */
public record Pending(String scenario, String title, String target, String waitsFor) {

    public static final List<Pending> ALL = List.of(
            new Pending("S1", "cold start to first interactive window, 10k-draft queue restored",
                    "<= 0.9 s with the AOT cache, <= 1.5 s without; floor: bare JavaFX window, <= 1.4x",
                    "the packaged app image and AOT cache (packaging) and the queue restore (app)"),
            new Pending("S2-GUI", "first 1,000 queue rows visible",
                    "<= 150 ms", "the review queue screen (app)"),
            new Pending("S6", "export a 10,000-decision pack",
                    "<= 300 ms warm, byte-identical on repeat; floor: DEFLATE + SHA-256 of the same bytes, <= 3x",
                    "the evidence pack export"),
            new Pending("S7", "verify a 10,000-decision pack",
                    "<= 800 ms; floor: N single signature verifications + hashing, <= 1.3x",
                    "the evidence pack verifier"));
}
