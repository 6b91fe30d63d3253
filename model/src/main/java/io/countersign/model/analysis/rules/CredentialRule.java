package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.CredentialRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Credentials for non-human identities must be short-lived and narrowly scoped. */
public final class CredentialRule implements DraftRule {

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        CredentialRequest credential = context.draft().credential();
        if (credential == null) {
            return;
        }
        int maxDays = context.policy().leastPrivilege().nhiCredentialMaxDays();
        String who = context.names().identity(credential.identity());
        Duration ttl = credential.ttl();
        if (ttl == null || ttl.compareTo(Duration.ofDays(maxDays)) > 0) {
            String lifetime = ttl == null ? "no expiry" : "a lifetime of " + ttl.toDays() + " days (" + ttl + ")";
            out.accept(FindingBuilder.of(RuleId.LP_CREDENTIAL_LIFETIME)
                    .identity(credential.identity())
                    .subject(credential.identity())
                    .evidence(credential.identity(), "credential", "ttl")
                    .summary("Credential for " + who + " with " + lifetime)
                    .explanation("The draft issues a credential for " + who + " with " + lifetime
                            + "; the policy allows at most " + maxDays
                            + " days. Long-lived secrets leak and keep working long after anyone remembers them.")
                    .remediation("Issue it with a lifetime of at most " + maxDays + " days and automate rotation.")
                    .build());
        }
        for (String scope : credential.scopes()) {
            String wildcard = Scopes.wildcardToken(
                    scope, context.policy().leastPrivilege().wildcardPatterns());
            if (wildcard != null) {
                out.accept(FindingBuilder.of(RuleId.LP_WILDCARD_SCOPE)
                        .identity(credential.identity())
                        .subject("credential scope " + scope)
                        .evidence(credential.identity(), scope, "credential scope")
                        .summary("Credential for " + who + " has the all-resources scope \"" + wildcard + "\"")
                        .explanation(
                                "The credential's scope \"" + scope
                                        + "\" means every resource or action. Anyone holding the secret can do anything it allows.")
                        .remediation("List only the scopes the workload calls.")
                        .build());
            }
        }
    }
}
