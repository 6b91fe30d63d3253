package io.countersign.model.pack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Which decisions go into a pack. Every part is optional (null = no restriction) and all given
 * parts must hold. Dates are whole UTC days, both inclusive, compared with {@code decidedAt}.
 * A decision's systems are those of the entitlements its draft and findings name (see
 * {@link DecisionSystems}).
 */
public record PackSelection(LocalDate from, LocalDate to, String approver, String system) {

    public static final PackSelection ALL = new PackSelection(null, null, null, null);

    public PackSelection {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        approver = blankToNull(approver);
        system = blankToNull(system);
    }

    /** Whether a decision made at {@code decidedAt} by {@code approverId} about {@code systems} is selected. */
    public boolean matches(Instant decidedAt, String approverId, Set<String> systems) {
        return matchesTimeAndApprover(decidedAt, approverId) && (system == null || systems.contains(system));
    }

    /** The criteria that need no blobs: decision date and approver. */
    public boolean matchesTimeAndApprover(Instant decidedAt, String approverId) {
        if (from != null && decidedAt.isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            return false;
        }
        if (to != null && !decidedAt.isBefore(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            return false;
        }
        return approver == null || approver.equals(approverId);
    }

    /** The selection as it is signed in the pack statement and recorded in the export entry. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("from", from == null ? null : from.toString());
        node.put("to", to == null ? null : to.toString());
        node.put("approver", approver);
        node.put("system", system);
        return node;
    }

    /** One line for bag-info.txt and the report, e.g. {@code from=2026-01-01 to=* approver=u-lee system=*}. */
    public String label() {
        return "from=" + star(from) + " to=" + star(to) + " approver=" + star(approver) + " system=" + star(system);
    }

    private static String star(Object value) {
        return value == null ? "*" : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
