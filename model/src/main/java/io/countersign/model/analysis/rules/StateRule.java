package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.EffectiveAccess;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import java.util.function.Consumer;

/**
 * A rule about what an identity holds. The analyzer runs it on the current, proposed and cumulative
 * access and derives each finding's status from where it appears.
 */
public interface StateRule {
    void evaluate(IdentityReview who, EffectiveAccess access, AnalysisContext context, Consumer<Finding> out);
}
