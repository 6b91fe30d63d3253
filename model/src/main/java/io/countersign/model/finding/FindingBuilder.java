package io.countersign.model.finding;

import io.countersign.model.format.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Assembles a finding; references come from the catalog so every rule cites the same checked ids. */
public final class FindingBuilder {
    private final RuleId rule;
    private Severity severity;
    private FindingStatus status = FindingStatus.NEW;
    private String subject;
    private final Set<String> identities = new LinkedHashSet<>();
    private final Set<String> entitlements = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private String summary;
    private String explanation;
    private String remediation;

    private FindingBuilder(RuleId rule) {
        this.rule = rule;
        this.severity = rule.defaultSeverity();
    }

    public static FindingBuilder of(RuleId rule) {
        return new FindingBuilder(rule);
    }

    public FindingBuilder severity(Severity value) {
        severity = value;
        return this;
    }

    public FindingBuilder status(FindingStatus value) {
        status = value;
        return this;
    }

    public FindingBuilder subject(String value) {
        subject = value;
        return this;
    }

    public FindingBuilder identity(String id) {
        if (id != null) {
            identities.add(id);
        }
        return this;
    }

    public FindingBuilder entitlement(String id) {
        entitlements.add(id);
        return this;
    }

    public FindingBuilder role(String id) {
        if (id != null) {
            roles.add(id);
        }
        return this;
    }

    public FindingBuilder evidence(String identity, String item, String path) {
        evidence.add(new Evidence(identity, item, path));
        return this;
    }

    public FindingBuilder summary(String text) {
        summary = text;
        return this;
    }

    public FindingBuilder explanation(String text) {
        explanation = text;
        return this;
    }

    public FindingBuilder remediation(String text) {
        remediation = text;
        return this;
    }

    public Finding build() {
        return new Finding(
                rule,
                severity,
                status,
                subject,
                List.copyOf(identities),
                List.copyOf(entitlements),
                List.copyOf(roles),
                evidence,
                summary,
                explanation,
                remediation,
                FrameworkReferences.of(rule));
    }
}
