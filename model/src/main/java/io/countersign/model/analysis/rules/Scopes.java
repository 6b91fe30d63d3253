package io.countersign.model.analysis.rules;

import java.util.List;

/** Wildcard detection on scope values: whole tokens only, so a bucket prefix ending in {@code *} is not "everything". */
final class Scopes {
    private Scopes() {}

    static String wildcardToken(String scope, List<String> wildcardPatterns) {
        if (scope == null) {
            return null;
        }
        for (String token : scope.trim().split("[,\\s]+")) {
            if (wildcardPatterns.contains(token)) {
                return token;
            }
        }
        return null;
    }
}
