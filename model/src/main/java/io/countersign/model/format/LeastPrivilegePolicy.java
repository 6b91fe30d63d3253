package io.countersign.model.format;

import java.util.List;

/**
 * Least-privilege limits. {@code wildcardPatterns} are whole scope values meaning "everything" (a
 * scope narrowed to one bucket's prefix is not one); {@code critical} holds entitlement ids or
 * patterns; {@code peerOutlierBelow} is the share of org-unit peers below which holding an
 * entitlement is unusual.
 */
public record LeastPrivilegePolicy(
        int privilegedMaxDays,
        int dormantDays,
        double peerOutlierBelow,
        List<String> wildcardPatterns,
        List<String> critical,
        int nhiCredentialMaxDays) {

    public static final LeastPrivilegePolicy DEFAULTS =
            new LeastPrivilegePolicy(90, 90, 0.1, List.of("*"), List.of(), 90);

    public LeastPrivilegePolicy {
        wildcardPatterns = List.copyOf(wildcardPatterns);
        critical = List.copyOf(critical);
    }
}
