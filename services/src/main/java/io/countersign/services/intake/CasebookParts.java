package io.countersign.services.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.format.Casebook;
import io.countersign.model.read.CasebookReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SourceJson;
import io.countersign.model.read.SourceNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A casebook parsed strictly, with what the store keeps of it: the casebook itself with its
 * referenced snapshot and policy files inlined (so the stored blob stands on its own), the
 * shared and per-case snapshots and policies, and each case's draft.
 */
final class CasebookParts {

    private static final List<String> REFERABLE = List.of("snapshot", "policy");

    final Casebook casebook;
    final JsonNode selfContained;
    /** The casebook-wide snapshot and policy, or null; they become the workspace's current ones. */
    final JsonNode sharedSnapshot;

    final JsonNode sharedPolicy;
    /** Every snapshot and policy a case uses, shared ones included, as JSON trees. */
    final List<JsonNode> snapshots = new ArrayList<>();

    final List<JsonNode> policies = new ArrayList<>();
    /** Each case's draft as a JSON tree, in case order; {@code casebook.cases()} has them parsed. */
    final List<JsonNode> drafts = new ArrayList<>();

    private CasebookParts(Casebook casebook, JsonNode selfContained) {
        this.casebook = casebook;
        this.selfContained = selfContained;
        this.sharedSnapshot = selfContained.get("snapshot");
        this.sharedPolicy = selfContained.get("policy");
    }

    static CasebookParts read(Path file, SourceNode root) throws FormatException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Map<SourceNode, SourceNode> loaded = new IdentityHashMap<>();
        Casebook casebook = CasebookReader.read(root, reference -> {
            Path target = folder.resolve(reference.asId()).normalize();
            if (!target.startsWith(folder)) {
                throw reference.error("referenced file " + reference.asId()
                        + " is outside the casebook's folder; expected a path inside " + folder);
            }
            SourceNode tree = InputFiles.tree(target);
            loaded.put(reference, tree);
            return tree;
        });
        ObjectNode json = (ObjectNode) SourceJson.toJson(root);
        inline(json, root, loaded);
        List<SourceNode> caseNodes = root.field("cases").items();
        ArrayNode caseJson = (ArrayNode) json.get("cases");
        for (int i = 0; i < caseNodes.size(); i++) {
            inline((ObjectNode) caseJson.get(i), caseNodes.get(i), loaded);
        }
        CasebookParts parts = new CasebookParts(casebook, json);
        for (JsonNode oneCase : caseJson) {
            parts.snapshots.add(oneCase.has("snapshot") ? oneCase.get("snapshot") : parts.sharedSnapshot);
            parts.policies.add(oneCase.has("policy") ? oneCase.get("policy") : parts.sharedPolicy);
            parts.drafts.add(oneCase.get("draft"));
        }
        return parts;
    }

    /** Replaces string references to snapshot and policy files by the documents they name. */
    private static void inline(ObjectNode json, SourceNode node, Map<SourceNode, SourceNode> loaded)
            throws FormatException {
        for (String name : REFERABLE) {
            SourceNode value = node.optionalField(name);
            if (value == null) {
                json.remove(name); // an explicit null means absent; the stored form omits it
            } else if (value.kind() == SourceNode.Kind.STRING) {
                json.set(name, SourceJson.toJson(loaded.get(value)));
            }
        }
    }
}
