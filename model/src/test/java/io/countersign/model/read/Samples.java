package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small valid documents, one field per line so a test can name the line:column it breaks. */
final class Samples {
    private Samples() {}

    static final String SNAPSHOT = """
            {
              "format": "countersign.snapshot/v1",
              "id": "snap-1",
              "takenAt": "2026-02-02T06:00:00Z",
              "identities": [
                {"id": "u-ana", "name": "Ana Silva", "kind": "human"},
                {"id": "svc-sync", "name": "Sync", "kind": "service-account", "owner": "u-ana"}
              ],
              "systems": [{"id": "erp"}],
              "entitlements": [{"id": "erp.read", "system": "erp", "sensitivity": "low"}],
              "roles": [{"id": "r-reader", "entitlements": ["erp.read"]}],
              "assignments": [{"identity": "u-ana", "role": "r-reader"}]
            }
            """;

    static final String POLICY_YAML = """
            format: countersign.policy/v1
            id: pol-1
            version: 3
            sod:
              - id: SOD-1
                left: {anyOf: [erp.enter]}
                right: {anyOf: [erp.approve]}
            """;

    static final String DRAFT = """
            {
              "format": "countersign.draft/v1",
              "id": "d-1",
              "revision": 1,
              "kind": "access-change",
              "title": "Read access for Ana",
              "createdAt": "2026-02-03T08:00:00Z",
              "drafter": {"agent": "Access Assistant", "model": "example-model"},
              "initiatedBy": "u-ana",
              "requester": "u-ana",
              "request": {"text": "I need to read the ERP."},
              "recommendation": "approve",
              "changes": [{"identity": "u-ana", "add": [{"entitlement": "erp.read"}]}]
            }
            """;

    static final String CASEBOOK = """
            {
              "format": "countersign.casebook/v1",
              "id": "cb-1",
              "title": "Basics",
              "snapshot": "snapshot.json",
              "policy": "policy.yaml",
              "cases": [
                {
                  "id": "case-1",
                  "title": "Plain read access",
                  "draft": %s,
                  "expected": {"outcome": "approve", "mustNotice": ["LP-PEER-OUTLIER"], "explanation": "Read only."}
                }
              ]
            }
            """.formatted(DRAFT.strip().replace("\n", " "));

    static Path write(Path folder, String name, String content) throws IOException {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** Replaces exactly one occurrence, so a test cannot silently break nothing. */
    static String with(String document, String target, String replacement) {
        assertThat(document).containsOnlyOnce(target);
        return document.replace(target, replacement);
    }

    /**
     * Asserts the load fails with {@code FILE:LINE:COL at POINTER: reason}, the reason saying what
     * was expected; {@code where} is {@code "LINE:COL at POINTER"}.
     */
    static void assertRefused(ThrowingCallable load, Path file, String where, String expectation) {
        FormatException refusal = catchThrowableOfType(FormatException.class, load);

        assertThat(refusal).as("the load is refused").isNotNull();
        assertThat(refusal.getMessage()).startsWith(file + ":" + where + ": ").contains(expectation);
    }
}
