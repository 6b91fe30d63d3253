package io.countersign.model.format;

/** A condition on a step, such as an auto-approve rule; {@code value} qualifies it when the type needs one. */
public record Condition(ConditionType type, String value) {}
