package io.countersign.model.format;

import java.time.Duration;
import java.util.List;

/** A credential to issue or rotate for a non-human identity: its scopes and lifetime. */
public record CredentialRequest(String identity, List<String> scopes, Duration ttl) {

    public CredentialRequest {
        scopes = List.copyOf(scopes);
    }
}
