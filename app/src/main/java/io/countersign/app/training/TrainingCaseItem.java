package io.countersign.app.training;

import io.countersign.app.queue.QueueItem;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.TrainingCase;
import io.countersign.services.evidence.ReviewMaterial;
import java.util.List;

/**
 * One case of an open training session: the case with its answer, the draft analysed as the
 * trainee will see it, what a decision on it is bound to, and the identity the trainee acts as.
 */
public record TrainingCaseItem(TrainingCase trainingCase, QueueItem item, ReviewMaterial material, String actingAs) {

    public String id() {
        return trainingCase.id();
    }

    public String title() {
        return trainingCase.title();
    }

    public String actingAsName() {
        return item.names().identity(actingAs);
    }

    /** The engine's reasons why the identity the trainee acts as may not decide (empty when they may). */
    public List<String> blockReasons() {
        return item.analysis().findings().stream()
                .filter(f -> f.rule().blocksDecision())
                .map(Finding::explanation)
                .toList();
    }

    public boolean blocked() {
        return !blockReasons().isEmpty();
    }
}
