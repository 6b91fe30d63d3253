package io.countersign.model.analysis;

import java.util.List;

/** Who is about to decide, and who already approved this revision; independence is checked against it. */
public record ReviewContext(String approver, List<String> priorApprovers) {

    public static final ReviewContext NONE = new ReviewContext(null, List.of());

    public ReviewContext {
        priorApprovers = List.copyOf(priorApprovers);
    }

    public static ReviewContext approver(String approver, List<String> priorApprovers) {
        return new ReviewContext(approver, priorApprovers);
    }

    public boolean hasApprover() {
        return approver != null;
    }
}
