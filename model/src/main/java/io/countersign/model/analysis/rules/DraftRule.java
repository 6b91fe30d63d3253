package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import java.util.List;
import java.util.function.Consumer;

/** A rule about what the draft itself proposes; its findings are new by nature. */
public interface DraftRule {
    void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out);
}
