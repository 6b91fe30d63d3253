package io.countersign.cli;

import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.services.snapshot.SnapshotSources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign snapshot from-scim}: SCIM 2.0 Users and Groups to a snapshot of one system. */
@Command(
        name = "from-scim",
        mixinStandardHelpOptions = true,
        description = "Convert SCIM 2.0 ListResponses or single User and Group resources (files, or folders of "
                + ".json files) into a snapshot. Exit 0 when written, 2 on bad input (nothing written).")
public final class SnapshotFromScimCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "SCIM documents, or folders of them.")
    List<Path> inputs;

    @Option(names = "--system", required = true, paramLabel = "ID", description = "The directory's system id.")
    String system;

    @Option(
            names = "--mapping",
            paramLabel = "MAP.yaml",
            description = "A countersign.scim-mapping/v1 file (JSON or YAML); without one, the defaults apply.")
    Path mapping;

    @Mixin
    SnapshotOutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        Instant takenAt = output.takenAt();
        Snapshot snapshot = SnapshotSources.fromScim(inputs, system, mapping, output.id(system, takenAt), takenAt);
        return output.write(snapshot, spec.commandLine().getOut());
    }
}
