package io.countersign.gate;

/** One reason the gate refused, with a sentence naming the record, approver or line item. */
public record GateProblem(GateReason reason, String message) {}
