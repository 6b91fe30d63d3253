package io.countersign.model.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.countersign.model.format.Assignment;
import io.countersign.model.format.Condition;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceTreeReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes a snapshot as {@code countersign.snapshot/v1} JSON: fields in the schema's order, absent
 * values and defaults left out, two-space indent, one identity, entitlement or assignment per line
 * so that two snapshots diff line by line. The same snapshot always gives the same bytes.
 */
public final class SnapshotJson {
    private SnapshotJson() {}

    private static final JsonFactory JSON = new JsonFactory();

    public static byte[] write(Snapshot snapshot) {
        StringBuilder text = new StringBuilder(1 << 16);
        text.append("{\n  \"format\": ").append(item(out -> out.writeString(Snapshot.FORMAT)));
        text.append(",\n  \"id\": ").append(item(out -> out.writeString(snapshot.id())));
        text.append(",\n  \"takenAt\": ")
                .append(item(out -> out.writeString(snapshot.takenAt().toString())));
        section(text, "identities", snapshot.identities(), SnapshotJson::identity);
        section(text, "systems", snapshot.systems(), SnapshotJson::system);
        section(text, "entitlements", snapshot.entitlements(), SnapshotJson::entitlement);
        section(text, "roles", snapshot.roles(), SnapshotJson::role);
        section(text, "assignments", snapshot.assignments(), SnapshotJson::assignment);
        if (!snapshot.workflows().isEmpty()) {
            section(text, "workflows", snapshot.workflows(), SnapshotJson::workflow);
        }
        text.append("\n}\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator out, T item) throws IOException;
    }

    @FunctionalInterface
    private interface ValueWriter {
        void write(JsonGenerator out) throws IOException;
    }

    private static <T> void section(StringBuilder text, String name, List<T> items, ItemWriter<T> writer) {
        text.append(",\n  \"").append(name).append("\": [");
        for (int i = 0; i < items.size(); i++) {
            T value = items.get(i);
            text.append(i == 0 ? "\n    " : ",\n    ").append(item(out -> writer.write(out, value)));
        }
        text.append(items.isEmpty() ? "]" : "\n  ]");
    }

    /** One value as compact JSON, Jackson doing the escaping. */
    private static String item(ValueWriter writer) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    private static void system(JsonGenerator out, ManagedSystem system) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", system.id());
        optional(out, "name", system.name());
        optional(out, "owner", system.owner());
        out.writeEndObject();
    }

    private static void role(JsonGenerator out, Role role) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", role.id());
        optional(out, "name", role.name());
        out.writeArrayFieldStart("entitlements");
        for (String entitlement : role.entitlements()) {
            out.writeString(entitlement);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes the snapshot and reads the bytes back through the strict {@link SnapshotReader}: what a
     * converter or merge produces is refused here, before any file is written, if it would not load.
     */
    public static byte[] writeChecked(Snapshot snapshot, String source) throws FormatException {
        byte[] bytes = write(snapshot);
        SnapshotReader.read(SourceTreeReader.read(source, bytes, SourceTreeReader.Syntax.JSON));
        return bytes;
    }

    private static void identity(JsonGenerator out, Identity identity) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", identity.id());
        out.writeStringField("name", identity.name());
        out.writeStringField("kind", identity.kind().code());
        optional(out, "orgUnit", identity.orgUnit());
        optional(out, "jobCode", identity.jobCode());
        optional(out, "manager", identity.manager());
        optional(out, "owner", identity.owner());
        optional(out, "status", identity.status());
        out.writeEndObject();
    }

    private static void entitlement(JsonGenerator out, Entitlement entitlement) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", entitlement.id());
        out.writeStringField("system", entitlement.system());
        if (!entitlement.name().equals(entitlement.id())) {
            out.writeStringField("name", entitlement.name());
        }
        out.writeStringField("sensitivity", entitlement.sensitivity().code());
        optional(out, "owner", entitlement.owner());
        optional(out, "scope", entitlement.scope());
        if (entitlement.grantsAccess()) {
            out.writeBooleanField("grantsAccess", true);
        }
        if (entitlement.humanOnly()) {
            out.writeBooleanField("humanOnly", true);
        }
        out.writeEndObject();
    }

    private static void assignment(JsonGenerator out, Assignment assignment) throws IOException {
        out.writeStartObject();
        out.writeStringField("identity", assignment.identity());
        optional(out, "entitlement", assignment.entitlement());
        optional(out, "role", assignment.role());
        optional(out, "grantedAt", assignment.grantedAt());
        optional(out, "expiresAt", assignment.expiresAt());
        optional(out, "lastUsedAt", assignment.lastUsedAt());
        optional(out, "scope", assignment.scope());
        out.writeEndObject();
    }

    private static void workflow(JsonGenerator out, Workflow workflow) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", workflow.id());
        optional(out, "name", workflow.name());
        out.writeArrayFieldStart("steps");
        for (WorkflowStep step : workflow.steps()) {
            out.writeStartObject();
            out.writeStringField("name", step.name());
            out.writeStringField("approver", step.approver());
            out.writeNumberField("quorum", step.quorum());
            if (!step.conditions().isEmpty()) {
                out.writeArrayFieldStart("conditions");
                for (Condition condition : step.conditions()) {
                    out.writeStartObject();
                    out.writeStringField("type", condition.type().code());
                    optional(out, "value", condition.value());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void optional(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator out, String name, Instant value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value.toString());
        }
    }
}
