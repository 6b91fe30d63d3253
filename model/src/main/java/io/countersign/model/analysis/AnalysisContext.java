package io.countersign.model.analysis;

import io.countersign.model.analysis.rules.SodRuleIndex;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import java.time.Instant;

/** What every rule may consult while analysing one draft. "Now" is the draft's creation time. */
public record AnalysisContext(
        AccessCatalog catalog, Policy policy, SodRuleIndex sod, Names names, LookalikeIndex lookalikes, Draft draft) {

    public Instant now() {
        return draft.createdAt();
    }
}
