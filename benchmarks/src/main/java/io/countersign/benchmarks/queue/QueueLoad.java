package io.countersign.benchmarks.queue;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.PolicyReader;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceTreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What loading the queue costs in the model, without a window: strict-read every draft, then analyse
 * each against the snapshot and policy with the other pending drafts of the identities it changes
 * (for cumulative findings), as the review queue shows them.
 */
public final class QueueLoad {
    private QueueLoad() {}

    public static DraftAnalyzer analyzer(QueueBytes queue) {
        try {
            Snapshot snapshot = SnapshotReader.read(
                    SourceTreeReader.read("snapshot.json", queue.snapshot(), SourceTreeReader.Syntax.JSON));
            Policy policy = PolicyReader.read(
                    SourceTreeReader.read("policy.json", queue.policy(), SourceTreeReader.Syntax.JSON));
            return new DraftAnalyzer(snapshot, policy);
        } catch (FormatException e) {
            throw new IllegalStateException("the generated workload does not read: " + e.getMessage(), e);
        }
    }

    public static List<Draft> parse(QueueBytes queue) {
        List<Draft> drafts = new ArrayList<>(queue.drafts().size());
        for (QueueBytes.Named file : queue.drafts()) {
            drafts.add(parse(file.name(), file.bytes()));
        }
        return drafts;
    }

    public static Draft parse(String name, byte[] bytes) {
        try {
            return DraftReader.read(SourceTreeReader.read(name, bytes, SourceTreeReader.Syntax.JSON));
        } catch (FormatException e) {
            throw new IllegalStateException("the generated workload does not read: " + e.getMessage(), e);
        }
    }

    public static List<DraftAnalysis> analyse(DraftAnalyzer analyzer, List<Draft> drafts) {
        Map<String, List<Draft>> byIdentity = new HashMap<>();
        for (Draft draft : drafts) {
            draft.affectedIdentities()
                    .forEach(id -> byIdentity
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(draft));
        }
        List<DraftAnalysis> analyses = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            Map<String, Draft> pending = new LinkedHashMap<>();
            draft.affectedIdentities()
                    .forEach(id -> byIdentity.get(id).forEach(other -> pending.putIfAbsent(other.id(), other)));
            pending.remove(draft.id());
            analyses.add(analyzer.analyze(draft, List.copyOf(pending.values()), ReviewContext.NONE));
        }
        return analyses;
    }

    /** Parse and analyse the whole queue: the S2 value. */
    public static List<DraftAnalysis> load(DraftAnalyzer analyzer, QueueBytes queue) {
        return analyse(analyzer, parse(queue));
    }
}
