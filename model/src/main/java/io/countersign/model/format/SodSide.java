package io.countersign.model.format;

import java.util.List;

/**
 * One side of a conflict: satisfied by holding any of its terms ({@code anyOf}) or all of them
 * ({@code allOf}). A term is an entitlement id or a pattern where {@code *} matches any run of characters.
 */
public record SodSide(String label, boolean requiresAll, List<String> terms) {

    public SodSide {
        terms = List.copyOf(terms);
    }
}
