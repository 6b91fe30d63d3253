package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Role;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares what the assistant proposes with what the human asked for: entitlements beyond the
 * structured request (roles expanded on both sides), and grants that outlast the requested date.
 */
public final class WiderThanRequestRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        Draft.HumanRequest request = context.draft().request();
        if (!request.isStructured() && request.until() == null) {
            return;
        }
        Set<String> asked = expand(request.entitlements(), context);
        for (IdentityReview who : reviews) {
            Set<String> extra = new LinkedHashSet<>();
            boolean sensitive = false;
            if (request.isStructured()) {
                Set<String> before = who.current().entitlements();
                for (AccessRow row : who.rows()) {
                    if (row.change() == AccessRow.Change.ADDED
                            && !before.contains(row.entitlement())
                            && !asked.contains(row.entitlement())
                            && extra.add(row.entitlement())) {
                        Entitlement e = context.catalog().entitlement(row.entitlement());
                        sensitive |= e == null || e.sensitivity().compareTo(Sensitivity.HIGH) >= 0;
                    }
                }
            }
            List<AccessGrant> longer = outlasting(context.draft().changeFor(who.id()), request.until());
            if (extra.isEmpty() && longer.isEmpty()) {
                continue;
            }
            FindingBuilder finding = FindingBuilder.of(RuleId.LP_WIDER_THAN_REQUEST)
                    .identity(who.id())
                    .subject(who.id())
                    .severity(sensitive || !longer.isEmpty() ? Severity.HIGH : Severity.MEDIUM);
            extra.forEach(id -> finding.entitlement(id).evidence(who.id(), id, "proposed, not requested"));
            longer.forEach(g ->
                    finding.entitlement(g.target()).evidence(who.id(), g.target(), "expires after the requested date"));
            List<String> parts = new ArrayList<>();
            if (!extra.isEmpty()) {
                parts.add("adds " + extra.size() + " entitlement(s) the request did not ask for: "
                        + String.join(
                                ", ",
                                extra.stream().map(context.names()::entitlement).toList()));
            }
            if (!longer.isEmpty()) {
                parts.add("keeps "
                        + String.join(
                                ", ",
                                longer.stream()
                                        .map(WiderThanRequestRule::describe)
                                        .toList()) + " beyond the requested end " + request.until());
            }
            out.accept(finding.summary("The draft gives " + context.names().identity(who) + " more than was asked")
                    .explanation("The human asked: \"" + request.text().strip().replaceAll("[.]+$", "")
                            + "\". The assistant's draft " + String.join("; and ", parts) + ".")
                    .remediation(
                            "Approve reduced: keep only the requested items, expiring no later than the requested date.")
                    .build());
        }
    }

    private static Set<String> expand(List<String> ids, AnalysisContext context) {
        Set<String> entitlements = new HashSet<>();
        for (String id : ids) {
            Role role = context.catalog().role(id);
            if (role != null) {
                entitlements.addAll(role.entitlements());
            } else {
                entitlements.add(id);
            }
        }
        return entitlements;
    }

    private static String describe(AccessGrant grant) {
        return grant.target() + (grant.expiresAt() == null ? " (no expiry)" : " (until " + grant.expiresAt() + ")");
    }

    private static List<AccessGrant> outlasting(IdentityChange change, Instant until) {
        List<AccessGrant> longer = new ArrayList<>();
        if (change == null || until == null) {
            return longer;
        }
        for (AccessGrant grant : change.add()) {
            if (grant.expiresAt() == null || grant.expiresAt().isAfter(until)) {
                longer.add(grant);
            }
        }
        return longer;
    }
}
