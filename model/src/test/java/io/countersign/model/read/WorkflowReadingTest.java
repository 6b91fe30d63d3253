package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Approval chains: approver syntax, references and unique names. */
class WorkflowReadingTest {

    private static String snapshot(String approver, String secondStepName, String secondWorkflowId) {
        return """
                {"format": "countersign.snapshot/v1", "id": "s", "takenAt": "2026-11-20T00:00:00Z",
                 "identities": [{"id": "u-1", "name": "One", "kind": "human"}],
                 "systems": [{"id": "erp"}],
                 "entitlements": [{"id": "e-1", "system": "erp", "sensitivity": "low"}],
                 "roles": [{"id": "r-1", "entitlements": ["e-1"]}],
                 "workflows": [
                   {"id": "wf-a", "steps": [{"name": "first", "approver": "%s"}, {"name": "%s", "approver": "manager"}]},
                   {"id": "%s", "steps": [{"name": "only", "approver": "system-owner"}]}]}
                """.formatted(approver, secondStepName, secondWorkflowId);
    }

    private static void read(String json) throws FormatException {
        SnapshotReader.read(SourceTreeReader.read(
                "snap.json", json.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "entitlement-owner", "system-owner", "requester", "role:r-1", "identity:u-1"})
    void acceptsEveryApproverForm(String approver) throws FormatException {
        read(snapshot(approver, "second", "wf-b"));
    }

    @Test
    void refusesAnUnknownApproverRelation() {
        assertThatThrownBy(() -> read(snapshot("manger", "second", "wf-b")))
                .hasMessageContaining("/workflows/0/steps/0/approver")
                .hasMessageContaining("expected manager, entitlement-owner");
    }

    @Test
    void refusesARoleApproverTheSnapshotLacks() {
        assertThatThrownBy(() -> read(snapshot("role:r-9", "second", "wf-b")))
                .hasMessageContaining("refers to role \"r-9\"");
    }

    @Test
    void refusesDuplicateStepNames() {
        assertThatThrownBy(() -> read(snapshot("manager", "first", "wf-b")))
                .hasMessageContaining("/workflows/0/steps/1/name")
                .hasMessageContaining("duplicate step name");
    }

    @Test
    void refusesDuplicateWorkflowIds() {
        assertThatThrownBy(() -> read(snapshot("manager", "second", "wf-a")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("duplicate workflow id \"wf-a\"");
    }
}
