package io.countersign.model.pack;

import java.util.List;

/** The archive cannot be trusted enough to look inside: the reasons, one or more. */
public final class PackArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackIssue> issues;

    public PackArchiveException(List<PackIssue> issues) {
        super(issues.isEmpty() ? "archive refused" : issues.getFirst().toString(), null, false, false);
        this.issues = List.copyOf(issues);
    }

    public PackArchiveException(PackReason reason, String where, String detail) {
        this(List.of(new PackIssue(reason, where, detail)));
    }

    public List<PackIssue> issues() {
        return issues;
    }
}
