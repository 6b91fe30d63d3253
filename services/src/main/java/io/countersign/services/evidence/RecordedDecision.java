package io.countersign.services.evidence;

import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.decision.DraftStanding;

/** A decision that is durable in the chain: its place, its entry hash, and where the draft now stands. */
public record RecordedDecision(long seq, String entryHash, DecisionRecord decision, DraftStanding standing) {}
