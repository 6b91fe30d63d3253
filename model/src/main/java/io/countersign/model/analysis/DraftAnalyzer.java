package io.countersign.model.analysis;

import io.countersign.model.analysis.rules.CeremonyRules;
import io.countersign.model.analysis.rules.CredentialRule;
import io.countersign.model.analysis.rules.DormantAccessRule;
import io.countersign.model.analysis.rules.DraftRule;
import io.countersign.model.analysis.rules.ExceptionRules;
import io.countersign.model.analysis.rules.GovernanceRules;
import io.countersign.model.analysis.rules.HoldingRules;
import io.countersign.model.analysis.rules.IndependenceRules;
import io.countersign.model.analysis.rules.LookalikeIdentifierRule;
import io.countersign.model.analysis.rules.NonHumanOwnerRule;
import io.countersign.model.analysis.rules.PeerOutlierRule;
import io.countersign.model.analysis.rules.PrivilegedDurationRule;
import io.countersign.model.analysis.rules.SodRuleIndex;
import io.countersign.model.analysis.rules.SodRules;
import io.countersign.model.analysis.rules.StateRule;
import io.countersign.model.analysis.rules.UnknownReferenceRule;
import io.countersign.model.analysis.rules.WiderThanRequestRule;
import io.countersign.model.analysis.rules.WorkflowRules;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.finding.RuleGroup;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Policy;
import io.countersign.model.format.RiskTier;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.SodRule;
import io.countersign.model.format.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analyses drafts against one snapshot and policy. Build once per snapshot and policy (it indexes
 * both), then analyse any number of drafts; instances are safe to share between threads.
 */
public final class DraftAnalyzer {

    private static final List<StateRule> STATE_RULES = List.of(new HoldingRules(), new SodRules());
    private static final List<DraftRule> DRAFT_RULES = List.of(
            new PrivilegedDurationRule(),
            new WiderThanRequestRule(),
            new PeerOutlierRule(),
            new DormantAccessRule(),
            new UnknownReferenceRule(),
            new LookalikeIdentifierRule(),
            new NonHumanOwnerRule(),
            new CredentialRule(),
            new GovernanceRules());

    private final AccessCatalog catalog;
    private final Policy policy;
    private final SodRuleIndex sod;
    private final Names names;
    private final LookalikeIndex lookalikes;

    public DraftAnalyzer(Snapshot snapshot, Policy policy) {
        this.catalog = new AccessCatalog(snapshot);
        this.policy = policy;
        this.sod = new SodRuleIndex(policy.sod(), catalog.entitlementIds());
        this.names = new Names(catalog);
        this.lookalikes = new LookalikeIndex(catalog);
    }

    public AccessCatalog catalog() {
        return catalog;
    }

    public Policy policy() {
        return policy;
    }

    public DraftAnalysis analyze(Draft draft) {
        return analyze(draft, List.of(), ReviewContext.NONE);
    }

    /**
     * @param pending the affected identities' other pending drafts, for cumulative findings
     * @param review  the approver about to decide, for independence findings; {@link ReviewContext#NONE} for none
     */
    public DraftAnalysis analyze(Draft draft, List<Draft> pending, ReviewContext review) {
        AnalysisContext context = new AnalysisContext(catalog, policy, sod, names, lookalikes, draft);
        List<Draft> others =
                pending.stream().filter(p -> !p.id().equals(draft.id())).toList();
        List<IdentityReview> reviews = draft.affectedIdentities().stream()
                .map(id -> review(id, draft, others))
                .toList();

        List<Finding> findings = new ArrayList<>();
        reviews.forEach(who -> stateFindings(who, context, findings));
        DRAFT_RULES.forEach(rule -> rule.evaluate(reviews, context, findings::add));
        WorkflowDiff workflowDiff = workflowDiff(draft);
        if (workflowDiff != null) {
            WorkflowRules.evaluate(workflowDiff, context, findings::add);
        }
        ExceptionRules.evaluate(context, findings::add);

        RiskTier risk = risk(draft, findings);
        CeremonyRules.evaluate(risk, context, findings::add);
        Set<String> systems = touchedSystems(draft, reviews);
        if (review.hasApprover()) {
            IndependenceRules.evaluate(
                    review.approver(), review.priorApprovers(), draft, systems, catalog, policy, findings::add);
        }
        findings.sort(ORDER);
        return new DraftAnalysis(
                draft,
                catalog.snapshot().id(),
                policy.id(),
                reviews,
                workflowDiff,
                findings,
                risk,
                policy.approval().approversNeeded(risk),
                systems);
    }

    private IdentityReview review(String id, Draft draft, List<Draft> others) {
        IdentityChange change = draft.changeFor(id);
        Identity identity = catalog.identity(id);
        boolean created = identity == null && change != null && change.create() != null;
        if (created) {
            IdentityChange.NewIdentity create = change.create();
            identity = new Identity(
                    id,
                    create.name(),
                    create.kind(),
                    create.orgUnit(),
                    create.jobCode(),
                    create.manager(),
                    create.owner(),
                    "active");
        }
        AccessState current = created ? AccessState.empty() : catalog.currentGrants(id);
        AccessState proposed = change == null ? current : current.apply(change, draft.createdAt());
        AccessState cumulative = proposed;
        List<String> contributing = new ArrayList<>();
        for (Draft other : others) {
            IdentityChange otherChange = other.changeFor(id);
            if (otherChange != null) {
                cumulative = cumulative.apply(otherChange, other.createdAt());
                contributing.add(other.id());
            }
        }
        EffectiveAccess before = catalog.expand(current);
        EffectiveAccess after = catalog.expand(proposed);
        EffectiveAccess together = contributing.isEmpty() ? after : catalog.expand(cumulative);
        return new IdentityReview(
                id,
                identity,
                created,
                current,
                proposed,
                before,
                after,
                together,
                contributing,
                EffectiveAccessDiff.compare(id, before, after));
    }

    /** Runs the state rules on each state and gives every finding its status from where it appears. */
    private void stateFindings(IdentityReview who, AnalysisContext context, List<Finding> out) {
        Map<String, Finding> before = evaluate(who, who.current(), context);
        Map<String, Finding> after = evaluate(who, who.proposed(), context);
        Map<String, Finding> together =
                who.pendingDrafts().isEmpty() ? after : evaluate(who, who.cumulative(), context);
        for (Finding finding : after.values()) {
            if (!before.containsKey(finding.key())) {
                out.add(finding.withStatus(FindingStatus.NEW));
            } else if (finding.rule() == RuleId.SOD_CONFLICT || touchesChangedRow(who, finding)) {
                // Pre-existing holding findings are noise unless the draft re-dates or re-scopes that holding.
                out.add(finding.withStatus(FindingStatus.PRE_EXISTING));
            }
        }
        for (Finding finding : before.values()) {
            if (!after.containsKey(finding.key())) {
                out.add(finding.withStatus(FindingStatus.RESOLVED));
            }
        }
        for (Finding finding : together.values()) {
            if (!after.containsKey(finding.key()) && !before.containsKey(finding.key())) {
                out.add(finding.withStatus(FindingStatus.CUMULATIVE));
            }
        }
    }

    private Map<String, Finding> evaluate(IdentityReview who, EffectiveAccess access, AnalysisContext context) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (StateRule rule : STATE_RULES) {
            rule.evaluate(who, access, context, finding -> byKey.putIfAbsent(finding.key(), finding));
        }
        return byKey;
    }

    private static boolean touchesChangedRow(IdentityReview who, Finding finding) {
        return who.rows().stream()
                .anyMatch(row -> row.change() == AccessRow.Change.CHANGED
                        && finding.entitlements().contains(row.entitlement()));
    }

    private WorkflowDiff workflowDiff(Draft draft) {
        Workflow proposed = draft.workflow();
        return proposed == null ? null : WorkflowDiff.compare(catalog.workflow(proposed.id()), proposed);
    }

    /** The higher of the assistant's claim and what the findings show; info and low findings count as low. */
    private static RiskTier risk(Draft draft, List<Finding> findings) {
        RiskTier risk = draft.riskTier() == null ? RiskTier.LOW : draft.riskTier();
        for (Finding finding : findings) {
            if (!finding.needsAttention() || finding.rule().group() == RuleGroup.INDEPENDENCE) {
                continue;
            }
            RiskTier implied = switch (finding.severity()) {
                case INFO, LOW -> RiskTier.LOW;
                case MEDIUM -> RiskTier.MEDIUM;
                case HIGH -> RiskTier.HIGH;
                case CRITICAL -> RiskTier.CRITICAL;
            };
            if (implied.compareTo(risk) > 0) {
                risk = implied;
            }
        }
        return risk;
    }

    /**
     * The systems an approver's domain must cover: those of every changed row; for a credential, the
     * systems its identity can reach with it; for an exception, the systems of the conflicting access.
     */
    private Set<String> touchedSystems(Draft draft, List<IdentityReview> reviews) {
        Set<String> systems = new TreeSet<>();
        for (IdentityReview who : reviews) {
            boolean credentialHolder =
                    draft.credential() != null && draft.credential().identity().equals(who.id());
            boolean excepted = draft.exception() != null
                    && who.id().equals(draft.exception().identity());
            for (AccessRow row : who.rows()) {
                if (row.change() != AccessRow.Change.UNCHANGED
                        || credentialHolder
                        || (excepted && inRule(draft, row))) {
                    systems.add(catalog.systemOf(row.entitlement()));
                }
            }
        }
        systems.remove("unknown");
        return systems;
    }

    private boolean inRule(Draft draft, AccessRow row) {
        SodRule rule = policy.sodRule(draft.exception().rule());
        return rule == null
                || IdPattern.anyMatches(rule.left().terms(), row.entitlement())
                || IdPattern.anyMatches(rule.right().terms(), row.entitlement());
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> statusRank(f.status()))
            .thenComparing(Finding::rule)
            .thenComparing(f -> Objects.toString(f.subject(), ""));

    private static int statusRank(FindingStatus status) {
        return switch (status) {
            case NEW -> 0;
            case CUMULATIVE -> 1;
            case PRE_EXISTING -> 2;
            case RESOLVED -> 3;
        };
    }
}
