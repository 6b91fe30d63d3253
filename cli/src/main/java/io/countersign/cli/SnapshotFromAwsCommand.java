package io.countersign.cli;

import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.services.snapshot.SnapshotSources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign snapshot from-aws}: one AWS account's IAM authorization details to a snapshot. */
@Command(
        name = "from-aws",
        mixinStandardHelpOptions = true,
        description = "Convert the output of 'aws iam get-account-authorization-details' into a snapshot: users and "
                + "roles, groups, managed and inline policies, trust policies. Exit 0 when written, 2 on bad input.")
public final class SnapshotFromAwsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUTH.json", description = "The authorization details (every page).")
    Path details;

    @Option(names = "--system", required = true, paramLabel = "ID", description = "The account's system id.")
    String system;

    @Option(names = "--system-name", paramLabel = "NAME", description = "The account's display name.")
    String systemName;

    @Option(names = "--system-owner", paramLabel = "ID", description = "Who answers for the account.")
    String systemOwner;

    @Option(
            names = "--credential-report",
            paramLabel = "REPORT.csv",
            description = "The IAM credential report (CSV): users' last sign-in and access-key use become lastUsedAt.")
    Path credentialReport;

    @Mixin
    SnapshotOutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        Instant takenAt = output.takenAt();
        Snapshot snapshot = SnapshotSources.fromAws(
                details,
                credentialReport,
                new ManagedSystem(system, systemName, systemOwner),
                output.id(system, takenAt),
                takenAt);
        return output.write(snapshot, spec.commandLine().getOut());
    }
}
