package io.countersign.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.pack.PackIssue;
import io.countersign.model.pack.PackLimits;
import io.countersign.model.pack.PackVerification;
import io.countersign.model.pack.PackVerifier;
import io.countersign.model.pack.RecordVerdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign verify PACK.zip}: checks a decision pack offline, in memory, never extracting it. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a decision pack offline: archive safety, BagIt manifests, the exporter's statement, "
                + "chain continuity and every decision's signature and subjects. "
                + "Exit 0 valid, 1 invalid, 2 unreadable or bad usage.")
public final class VerifyPackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACK.zip", description = "The decision pack to verify.")
    Path pack;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "Output: text (default) or json.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum OutputFormat {
        text,
        json
    }

    @Override
    public Integer call() {
        byte[] zip = read(pack);
        PackVerification result = PackVerifier.verify(zip);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json(result));
        } else {
            text(result, out);
        }
        return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static byte[] read(Path pack) {
        try {
            if (!Files.isRegularFile(pack)) {
                throw new UserError("cannot read " + pack + ": not a file");
            }
            if (Files.size(pack) > PackLimits.DEFAULT.maxArchiveBytes()) {
                throw new UserError("cannot read " + pack + ": larger than the "
                        + (PackLimits.DEFAULT.maxArchiveBytes() >> 20) + " MiB a pack may be");
            }
            return Files.readAllBytes(pack);
        } catch (IOException e) {
            throw new UserError("cannot read " + pack + ": " + e.getMessage());
        }
    }

    private void text(PackVerification result, PrintWriter out) {
        result.statement().ifPresent(s -> {
            out.println("exporter   " + s.exporterName() + " (" + s.exporterId() + "), key " + s.exporterKeyId());
            out.println("exported   " + s.exportedAt());
            out.println("chain      "
                    + (s.chainLastSeq() == null
                            ? "empty"
                            : "seq " + s.chainFirstSeq() + ".." + s.chainLastSeq() + ", head " + s.headEntryHash()));
        });
        for (PackIssue issue : result.packIssues()) {
            out.println("pack       " + issue.reason() + "  " + issue.where() + ": " + issue.detail());
        }
        for (RecordVerdict record : result.records()) {
            String who = record.draft() == null ? "" : "  " + record.draft() + " by " + record.approver();
            if (record.isValid()) {
                out.println(String.format("seq %-6d ENTRY_OK%s", record.seq(), who));
            }
            for (PackIssue issue : record.issues()) {
                out.println(String.format("seq %-6d %s%s: %s", record.seq(), issue.reason(), who, issue.detail()));
            }
        }
        long bad = result.records().stream().filter(r -> !r.isValid()).count();
        out.println(
                result.isValid()
                        ? "VALID: " + result.records().size() + " decisions verified"
                        : "INVALID: " + result.packIssues().size() + " pack problems, " + bad + " of "
                                + result.records().size() + " decisions failed");
        out.println(
                "Compare the exporter key id with one you obtained another way; a pack cannot vouch for its exporter.");
    }

    private static String json(PackVerification result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("valid", result.isValid());
        result.statement().ifPresent(s -> {
            ObjectNode exporter = root.putObject("exporter");
            exporter.put("id", s.exporterId());
            exporter.put("name", s.exporterName());
            exporter.put("keyId", s.exporterKeyId());
            root.put("exportedAt", s.exportedAt().toString());
            root.set("selection", s.selection());
        });
        ArrayNode reasons = root.putArray("reasons");
        result.reasons().forEach(r -> reasons.add(r.name()));
        ArrayNode packIssues = root.putArray("packIssues");
        result.packIssues().forEach(i -> packIssues.add(issue(mapper, i)));
        ArrayNode records = root.putArray("records");
        for (RecordVerdict r : result.records()) {
            ObjectNode node = records.addObject();
            node.put("seq", r.seq());
            node.put("path", r.path());
            node.put("draft", r.draft());
            node.put("approver", r.approver());
            node.put("valid", r.isValid());
            ArrayNode codes = node.putArray("reasons");
            r.reasons().forEach(c -> codes.add(c.name()));
            ArrayNode issues = node.putArray("issues");
            r.issues().forEach(i -> issues.add(issue(mapper, i)));
        }
        return root.toPrettyString();
    }

    private static ObjectNode issue(ObjectMapper mapper, PackIssue issue) {
        return mapper.createObjectNode()
                .put("reason", issue.reason().name())
                .put("where", issue.where())
                .put("detail", issue.detail());
    }
}
