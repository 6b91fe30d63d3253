package io.countersign.model.format;

import java.util.List;

/** The organisation's rules: separation of duties, least privilege, approval ceremony, assistant limits. */
public record Policy(
        String id,
        String version,
        List<SodRule> sod,
        List<MitigatingControl> mitigatingControls,
        LeastPrivilegePolicy leastPrivilege,
        ApprovalPolicy approval,
        AssistantPolicy assistant) {

    public static final String FORMAT = "countersign.policy/v1";

    public Policy {
        sod = List.copyOf(sod);
        mitigatingControls = List.copyOf(mitigatingControls);
    }

    public MitigatingControl control(String controlId) {
        return mitigatingControls.stream()
                .filter(c -> c.id().equals(controlId))
                .findFirst()
                .orElse(null);
    }

    public SodRule sodRule(String ruleId) {
        return sod.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
    }
}
