package io.countersign.model.finding;

/** The catalog's rule groups. */
public enum RuleGroup {
    LEAST_PRIVILEGE("Least privilege"),
    SEPARATION_OF_DUTIES("Separation of duties"),
    WORKFLOW("Workflow change"),
    EXCEPTION("Exception"),
    GOVERNANCE("Governance"),
    INDEPENDENCE("Independence");

    private final String title;

    RuleGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
