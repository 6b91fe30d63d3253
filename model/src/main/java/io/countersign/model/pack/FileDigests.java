package io.countersign.model.pack;

import io.countersign.model.evidence.Digest;
import java.util.Map;
import java.util.stream.Collectors;

/** The SHA-256 of every file of a pack, computed once and on all cores, for building and verifying. */
final class FileDigests {

    private FileDigests() {}

    /** Digests by path; the map is unmodifiable, so any thread may read it afterwards. */
    static Map<String, Digest> of(Map<String, byte[]> files) {
        return files.entrySet().parallelStream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Digest.sha256(e.getValue())));
    }
}
