package io.countersign.persistence.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.WorkspaceFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyRepositoryTest extends WorkspaceFixture {

    private static final byte[] OLD_SPKI = {48, 42, 48, 5, 6, 3, 43, 101, 112, 3, 33, 0, 1};
    private static final byte[] NEW_SPKI = {48, 42, 48, 5, 6, 3, 43, 101, 112, 3, 33, 0, 2};
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");

    private SigningKeyRepository keys() {
        return workspace.signingKeys();
    }

    @Test
    void registersAKeyUnderTheDigestOfItsSpki() {
        RegisteredKey key = keys().register("alice", "Alice A.", OLD_SPKI, JAN);

        assertThat(key.keyId())
                .isEqualTo(SigningKeyRepository.keyIdOf(OLD_SPKI))
                .startsWith("sha256:");
        assertThat(key.validTo()).isEmpty();
        assertThat(keys().find(key.keyId())).contains(key);
    }

    @Test
    void rotationEndsTheOldWindowWhereTheNewOneBegins() {
        RegisteredKey old = keys().register("alice", "Alice A.", OLD_SPKI, JAN);

        RegisteredKey next = keys().rotate(old.keyId(), "Alice A.", NEW_SPKI, JUN);

        assertThat(keys().find(old.keyId()).orElseThrow().validTo()).contains(JUN);
        assertThat(next.ownerId()).isEqualTo("alice");
        assertThat(next.validFrom()).isEqualTo(JUN);
        assertThat(next.validTo()).isEmpty();
    }

    @Test
    void oldKeyStaysValidForSignaturesInsideItsWindow() {
        RegisteredKey old = keys().register("alice", "Alice A.", OLD_SPKI, JAN);
        RegisteredKey next = keys().rotate(old.keyId(), "Alice A.", NEW_SPKI, JUN);

        assertThat(keys().validFor("alice", JUN.minusSeconds(1)))
                .containsExactly(keys().find(old.keyId()).orElseThrow());
        assertThat(keys().validFor("alice", JUN)).containsExactly(next);
        assertThat(keys().validFor("alice", JAN.minusSeconds(1))).isEmpty();
        assertThat(keys().validFor("bob", JUN)).isEmpty();
    }

    @Test
    void retiresAKeyOnlyOnce() {
        RegisteredKey key = keys().register("alice", "Alice A.", OLD_SPKI, JAN);
        keys().retire(key.keyId(), JUN);

        assertThatThrownBy(() -> keys().retire(key.keyId(), JUN.plusSeconds(60)))
                .isInstanceOf(StoreRefusedException.class)
                .hasMessageContaining("already retired");
    }

    @Test
    void refusesARetirementBeforeTheKeyBecameValid() {
        RegisteredKey key = keys().register("alice", "Alice A.", OLD_SPKI, JUN);

        assertThatThrownBy(() -> keys().retire(key.keyId(), JAN)).isInstanceOf(StoreRefusedException.class);
    }

    @Test
    void refusesTheSameKeyForAnotherOwner() {
        keys().register("alice", "Alice A.", OLD_SPKI, JAN);

        assertThatThrownBy(() -> keys().register("mallory", "Mallory", OLD_SPKI, JAN))
                .isInstanceOf(StoreRefusedException.class);
    }

    @Test
    void listsEveryKeyWithItsWindow() {
        RegisteredKey old = keys().register("alice", "Alice A.", OLD_SPKI, JAN);
        keys().rotate(old.keyId(), "Alice A.", NEW_SPKI, JUN);
        keys().register("bob", "Bob B.", new byte[] {9}, JAN);

        assertThat(keys().all())
                .hasSize(3)
                .filteredOn(k -> k.validTo().isPresent())
                .extracting(RegisteredKey::keyId)
                .containsExactly(old.keyId());
    }
}
