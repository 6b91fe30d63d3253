package io.countersign.model.format;

import java.util.List;

/**
 * A separation-of-duties rule: no identity may hold both sides. The conflict is symmetric and may
 * span systems; {@code mitigations} lists the controls under which it may be accepted.
 */
public record SodRule(
        String id, String name, Severity severity, SodSide left, SodSide right, List<String> mitigations) {

    public SodRule {
        mitigations = List.copyOf(mitigations);
    }
}
