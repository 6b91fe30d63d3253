package io.countersign.cli;

import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.services.snapshot.SnapshotSources;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign snapshot merge}: per-system snapshots into one. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description =
                "Merge per-system snapshots into one so that rules span systems. Identities match by id or "
                        + "by the identity map; any conflict refuses the merge. Exit 0 when written, 2 on bad input or conflict.")
public final class SnapshotMergeCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "SNAPSHOT", description = "Snapshots (countersign.snapshot/v1).")
    List<Path> snapshots;

    @Option(
            names = "--identities",
            paramLabel = "MAP",
            description = "A countersign.identity-map/v1 file (JSON or YAML) joining ids that differ between systems.")
    Path identityMap;

    @Mixin
    SnapshotOutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        String id = output.id("merged", output.takenAt());
        Snapshot snapshot = SnapshotSources.merge(snapshots, identityMap, id);
        return output.write(snapshot, spec.commandLine().getOut());
    }
}
