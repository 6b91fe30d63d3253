package io.countersign.model.format;

import java.util.List;

/** Training cases for a class, each with what a careful reviewer would decide and notice. */
public record Casebook(String id, String title, String description, List<TrainingCase> cases) {

    public static final String FORMAT = "countersign.casebook/v1";

    public Casebook {
        cases = List.copyOf(cases);
    }
}
