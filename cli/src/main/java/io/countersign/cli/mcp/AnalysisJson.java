package io.countersign.cli.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.finding.Finding;

/** The analysis an assistant gets back: risk, the ceremony it implies, and each finding in short. */
final class AnalysisJson {
    private AnalysisJson() {}

    /**
     * @param basis "current" (the workspace's current snapshot and policy, with the identity's
     *     other open drafts) or "last-read" (what the server read last, without other drafts)
     */
    static ObjectNode of(DraftAnalysis analysis, String basis) {
        ObjectNode node = ToolReplies.object()
                .put("basis", basis)
                .put("snapshot", analysis.snapshotId())
                .put("policy", analysis.policyId())
                .put("risk", analysis.risk().code())
                .put(
                        "highestSeverity",
                        analysis.highestSeverity() == null
                                ? null
                                : analysis.highestSeverity().code())
                .put("approversNeeded", analysis.approversNeeded());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : analysis.findings()) {
            findings.addObject()
                    .put("rule", finding.rule().code())
                    .put("severity", finding.severity().code())
                    .put("status", finding.status().code())
                    .put("message", finding.summary())
                    .put("remediation", finding.remediation());
        }
        return node;
    }
}
