package io.countersign.model.convert;

import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The published examples in docs/formats/examples and small documents written inline. */
final class ConvertFixtures {
    private ConvertFixtures() {}

    static final Path EXAMPLES = Path.of("..", "docs", "formats", "examples");
    static final Instant TAKEN = Instant.parse("2026-12-01T06:00:00Z");

    static SourceNode json(String name, String text) throws FormatException {
        return SourceTreeReader.read(name, text.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON);
    }

    static SourceNode yaml(String name, String text) throws FormatException {
        return SourceTreeReader.read(name, text.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.YAML);
    }

    static List<SourceNode> publishedScim() throws FormatException {
        List<SourceNode> documents = new ArrayList<>();
        for (String file : List.of("groups.json", "user-agent.json", "users.json")) {
            documents.add(InputFiles.tree(EXAMPLES.resolve("scim").resolve(file)));
        }
        return documents;
    }

    static ScimMapping publishedMapping() throws FormatException {
        return ScimMappingReader.read(InputFiles.tree(EXAMPLES.resolve("scim-mapping.yaml")));
    }

    static Snapshot publishedDirectory() throws FormatException {
        return ScimConverter.convert(publishedScim(), "directory", publishedMapping(), "dir-1", TAKEN);
    }

    static Snapshot publishedAws() throws FormatException {
        Path aws = EXAMPLES.resolve("aws");
        CredentialReport report =
                CredentialReport.read("credential-report.csv", readBytes(aws.resolve("credential-report.csv")));
        return AwsAuthorizationConverter.convert(
                InputFiles.tree(aws.resolve("authorization-details.json")),
                report,
                new ManagedSystem("aws-111122223333", null, null),
                "aws-1",
                TAKEN);
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
