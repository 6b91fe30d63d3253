package io.countersign.model.training;

import java.util.List;

/** A training session's summary: cases decided, outcomes right, findings noticed, and the mean score. */
public record SessionScore(int cases, int outcomesCorrect, int findingsNoticed, int findingsToNotice, int score) {

    public static SessionScore of(List<CaseResult> results) {
        int correct = (int) results.stream().filter(CaseResult::outcomeCorrect).count();
        int noticed = results.stream().mapToInt(r -> r.noticed().size()).sum();
        int total = noticed + results.stream().mapToInt(r -> r.missed().size()).sum();
        int score = results.isEmpty()
                ? 0
                : (int) Math.round(
                        results.stream().mapToInt(CaseResult::score).average().orElse(0));
        return new SessionScore(results.size(), correct, noticed, total, score);
    }
}
