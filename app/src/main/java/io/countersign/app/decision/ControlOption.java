package io.countersign.app.decision;

import io.countersign.model.format.MitigatingControl;
import java.time.LocalDate;

/** A mitigating control as the picker shows it: name, owner, and whether it is valid today. */
public record ControlOption(MitigatingControl control, LocalDate today) {

    public enum Validity {
        VALID,
        EXPIRED,
        NOT_YET_VALID
    }

    public Validity validity() {
        if (today.isAfter(control.validTo())) {
            return Validity.EXPIRED;
        }
        return today.isBefore(control.validFrom()) ? Validity.NOT_YET_VALID : Validity.VALID;
    }

    public String validityText() {
        return switch (validity()) {
            case VALID -> "valid until " + control.validTo();
            case EXPIRED -> "expired " + control.validTo();
            case NOT_YET_VALID -> "not valid until " + control.validFrom();
        };
    }

    @Override
    public String toString() {
        return control.name() + " (" + control.id() + ") · " + validityText();
    }
}
