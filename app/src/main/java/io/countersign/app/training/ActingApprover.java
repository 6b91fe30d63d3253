package io.countersign.app.training;

import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.ApprovalPolicy;
import io.countersign.model.format.Identity;
import io.countersign.model.format.TrainingCase;
import java.util.List;

/**
 * Whom the trainee acts as on a case. Independence cases name the person (their block is the
 * lesson); on every other case the trainee stands in for the first approver the policy lets decide
 * it, so the rules judge the decision itself rather than refusing a stranger.
 */
final class ActingApprover {
    private ActingApprover() {}

    static String choose(TrainingCase trainingCase, DraftAnalyzer analyzer) {
        if (trainingCase.reviewAs() != null) {
            return trainingCase.reviewAs();
        }
        List<String> candidates = trainingCase.policy().approval().domains().stream()
                .map(ApprovalPolicy.ApproverDomain::approver)
                .distinct()
                .toList();
        if (candidates.isEmpty()) {
            candidates = trainingCase.snapshot().identities().stream()
                    .filter(i -> i.isHuman() && i.isActive())
                    .map(Identity::id)
                    .toList();
        }
        for (String candidate : candidates) {
            if (!analyzer.analyze(
                            trainingCase.draft(), trainingCase.pending(), ReviewContext.approver(candidate, List.of()))
                    .blocked()) {
                return candidate;
            }
        }
        // Nobody may decide it: the first candidate's block is shown honestly, as it would be at work.
        return candidates.isEmpty() ? "trainee" : candidates.getFirst();
    }
}
