package io.countersign.model.format;

import java.util.List;

/** A named bundle of entitlements; holding the role means holding each of them. */
public record Role(String id, String name, List<String> entitlements) {

    public Role {
        entitlements = List.copyOf(entitlements);
    }
}
