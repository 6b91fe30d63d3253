package io.countersign.persistence.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.WorkspaceFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DraftRevisionRepositoryTest extends WorkspaceFixture {

    private String blob(String json) {
        return workspace
                .blobs()
                .put("draft", json.getBytes(StandardCharsets.UTF_8))
                .digest();
    }

    @Test
    void listsRevisionsLowestFirstWhateverTheImportOrder() {
        DraftRevisionRepository drafts = workspace.draftRevisions();
        drafts.record("d-7", 3, blob("{\"r\":3}"));
        drafts.record("d-7", 1, blob("{\"r\":1}"));
        drafts.record("d-7", 2, blob("{\"r\":2}"));
        drafts.record("other", 9, blob("{\"other\":9}"));

        assertThat(drafts.revisions("d-7"))
                .extracting(DraftRevisionRef::revision)
                .containsExactly(1, 2, 3);
    }

    @Test
    void latestIsTheHighestRevision() {
        DraftRevisionRepository drafts = workspace.draftRevisions();
        drafts.record("d-7", 1, blob("{\"r\":1}"));
        drafts.record("d-7", 2, blob("{\"r\":2}"));

        assertThat(drafts.latest("d-7")).map(DraftRevisionRef::revision).contains(2);
        assertThat(drafts.latest("unknown")).isEmpty();
    }

    @Test
    void derivesSupersededFromAHigherRevision() {
        DraftRevisionRepository drafts = workspace.draftRevisions();
        DraftRevisionRef first = drafts.record("d-7", 1, blob("{\"r\":1}"));
        assertThat(drafts.isSuperseded(first)).isFalse();

        DraftRevisionRef second = drafts.record("d-7", 2, blob("{\"r\":2}"));

        assertThat(drafts.isSuperseded(first)).isTrue();
        assertThat(drafts.isSuperseded(second)).isFalse();
    }

    @Test
    void reRecordingTheSameRevisionAndBlobIsANoOp() {
        String digest = blob("{\"r\":1}");
        DraftRevisionRef first = workspace.draftRevisions().record("d-7", 1, digest);

        assertThat(workspace.draftRevisions().record("d-7", 1, digest)).isEqualTo(first);
    }

    @Test
    void refusesAnotherBlobForARecordedRevision() {
        workspace.draftRevisions().record("d-7", 1, blob("{\"r\":1}"));
        String other = blob("{\"r\":\"changed\"}");

        assertThatThrownBy(() -> workspace.draftRevisions().record("d-7", 1, other))
                .isInstanceOf(StoreRefusedException.class);
    }

    @Test
    void refusesARevisionWhoseBlobIsNotStored() {
        assertThatThrownBy(() -> workspace.draftRevisions().record("d-7", 1, "a".repeat(64)))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("FK_DRAFT_REVISION_BLOB");
    }
}
