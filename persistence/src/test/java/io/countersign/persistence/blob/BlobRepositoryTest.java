package io.countersign.persistence.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.StoreTransaction;
import io.countersign.persistence.WorkspaceFixture;
import io.countersign.persistence.jooq.Tables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlobRepositoryTest extends WorkspaceFixture {

    private static final byte[] POLICY = "{\"rules\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void storesBytesUnderTheirSha256() {
        StoredBlob stored = workspace.blobs().put("policy", POLICY);

        assertThat(stored.digest()).isEqualTo(ContentDigest.sha256Hex(POLICY));
        assertThat(workspace.blobs().get(stored.digest())).contains(stored);
    }

    @Test
    void putIsIdempotentByDigest() {
        StoredBlob first = workspace.blobs().put("policy", POLICY);
        StoredBlob second = workspace.blobs().put("policy", POLICY.clone());

        assertThat(second).isEqualTo(first);
        assertThat(workspace.dsl().fetchCount(Tables.BLOB)).isEqualTo(1);
    }

    @Test
    void refusesTheSameBytesUnderAnotherMediaType() {
        workspace.blobs().put("policy", POLICY);

        assertThatThrownBy(() -> workspace.blobs().put("snapshot", POLICY)).isInstanceOf(StoreRefusedException.class);
    }

    @Test
    void readsManyBlobsAtOnceAcrossBatchesLeavingOutUnknownDigests() {
        List<String> digests = new ArrayList<>();
        workspace.transactions().write(tx -> {
            for (int i = 0; i < 1_203; i++) {
                digests.add(workspace
                        .blobs()
                        .put(
                                new StoreTransaction(tx.dsl()),
                                "policy",
                                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))
                        .digest());
            }
            return null;
        });
        String unknown = "0".repeat(64);
        digests.add(unknown);
        digests.add(digests.getFirst());

        var found = workspace.blobs().getAll(digests);

        assertThat(found).hasSize(1_203).doesNotContainKey(unknown);
        assertThat(found.get(digests.get(1_000)).content())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"n\":1000}");
        assertThat(found).allSatisfy((digest, blob) -> assertThat(blob.digest()).isEqualTo(digest));
    }

    @Test
    void findsNothingForAnUnknownDigest() {
        assertThat(workspace.blobs().get("0".repeat(64))).isEmpty();
    }
}
