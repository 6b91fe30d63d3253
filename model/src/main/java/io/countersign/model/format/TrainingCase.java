package io.countersign.model.format;

import java.util.List;

/**
 * One case: a draft against a snapshot and policy, the identity's other pending drafts, who the
 * trainee acts as (when the case is about independence) and what was expected.
 */
public record TrainingCase(
        String id,
        String title,
        Snapshot snapshot,
        Policy policy,
        Draft draft,
        List<Draft> pending,
        String reviewAs,
        List<String> priorApprovers,
        Expected expected,
        Difficulty difficulty,
        String trainerNotes) {

    public TrainingCase {
        pending = List.copyOf(pending);
        priorApprovers = List.copyOf(priorApprovers);
    }

    /** The outcome a careful reviewer reaches, the rule ids they must notice, and why, in plain words. */
    public record Expected(Outcome outcome, List<String> mustNotice, String explanation) {
        public Expected {
            mustNotice = List.copyOf(mustNotice);
        }
    }
}
