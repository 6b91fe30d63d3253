package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.services.snapshot.SnapshotOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every {@code snapshot} command shares: where to write, the new snapshot's id and time, the report format. */
public final class SnapshotOutputOptions {

    @Option(
            names = "--out",
            required = true,
            paramLabel = "S.json",
            description = "Where to write the snapshot; written whole or not at all, replacing an older one.")
    Path out;

    @Option(names = "--id", paramLabel = "ID", description = "The snapshot's id (default: SYSTEM-TIME or merged-TIME).")
    String id;

    @Option(
            names = "--taken-at",
            paramLabel = "INSTANT",
            description =
                    "When the export was taken, such as 2026-12-01T06:00:00Z (default: now). A merge takes its oldest input's time and uses this only for the default id.")
    String takenAt;

    @Mixin
    FormatOption format;

    Instant takenAt() {
        if (takenAt == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(takenAt);
        } catch (DateTimeParseException e) {
            throw new UserError(
                    "--taken-at expects a UTC instant such as 2026-12-01T06:00:00Z, not \"" + takenAt + "\"");
        }
    }

    String id(String prefix, Instant at) {
        return id != null ? id : prefix + "-" + at;
    }

    /** Writes the snapshot and reports it: one line for people, an object for scripts. */
    int write(Snapshot snapshot, PrintWriter stdout) throws FormatException {
        SnapshotOutput.Written written = SnapshotOutput.write(snapshot, out);
        if (format.json()) {
            ObjectNode node = FormatOption.mapper().createObjectNode();
            node.put("snapshot", written.file().toString());
            node.put("id", snapshot.id());
            node.put("digest", written.digest().toString());
            node.put("identities", snapshot.identities().size());
            node.put("systems", snapshot.systems().size());
            node.put("entitlements", snapshot.entitlements().size());
            node.put("roles", snapshot.roles().size());
            node.put("assignments", snapshot.assignments().size());
            stdout.println(FormatOption.write(node));
        } else {
            stdout.printf(
                    "wrote %s (%s): %d identities, %d entitlements, %d roles, %d assignments · %s%n",
                    written.file(),
                    snapshot.id(),
                    snapshot.identities().size(),
                    snapshot.entitlements().size(),
                    snapshot.roles().size(),
                    snapshot.assignments().size(),
                    written.digest());
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
