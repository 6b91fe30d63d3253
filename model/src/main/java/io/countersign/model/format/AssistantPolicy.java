package io.countersign.model.format;

import java.util.List;

/** What the drafting assistant may consult: source patterns where {@code *} matches any run of characters. */
public record AssistantPolicy(List<String> allowedSources) {

    public static final AssistantPolicy UNRESTRICTED = new AssistantPolicy(List.of("*"));

    public AssistantPolicy {
        allowedSources = List.copyOf(allowedSources);
    }
}
