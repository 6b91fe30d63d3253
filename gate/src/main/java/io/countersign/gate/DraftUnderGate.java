package io.countersign.gate;

import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceJson;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;

/**
 * The draft provisioning is about to execute, read strictly, and the digest of its canonical JSON
 * (RFC 8785) — the same bytes Countersign stored and its approvers signed, whether the file is JSON
 * or YAML and however it is laid out.
 */
public record DraftUnderGate(Draft draft, Digest digest) {

    public static DraftUnderGate read(String source, byte[] content) throws FormatException {
        SourceTreeReader.Syntax syntax = source.endsWith(".yaml") || source.endsWith(".yml")
                ? SourceTreeReader.Syntax.YAML
                : SourceTreeReader.Syntax.JSON;
        SourceNode root = SourceTreeReader.read(source, content, syntax);
        Draft draft = DraftReader.read(root);
        return new DraftUnderGate(draft, Digest.sha256(CanonicalJson.canonicalize(SourceJson.toJson(root))));
    }
}
