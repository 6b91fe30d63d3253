package io.countersign.services.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import io.countersign.model.evidence.Digest;
import io.countersign.model.pack.PackLayout;
import io.countersign.model.pack.PackSelection;
import io.countersign.persistence.WorkspaceFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported pack checked by others: the gov.loc BagIt library, and the VERIFY.md recipe run
 * with the real sha256sum and openssl. Extracting is fine here (we made the zip); the verifier
 * itself never extracts.
 */
class PackInteropTest extends WorkspaceFixture {

    @TempDir
    Path out;

    Path bag;

    @BeforeEach
    void exportAndExtract() throws IOException {
        EvidenceFixture evidence = new EvidenceFixture(workspace).standardHistory();
        Path zip = new PackExporter(workspace, "Countersign test")
                .export(
                        new PackExporter.Request(
                                new PackSelection(null, null, null, "crm"),
                                "u-audit",
                                out.resolve("pack.zip"),
                                Instant.parse("2026-04-01T08:30:00Z")),
                        evidence.exporterKeys())
                .file();
        Path extracted = out.resolve("x");
        extract(zip, extracted);
        bag = extracted.resolve(PackLayout.BASE);
    }

    @Test
    void theLibraryOfCongressBagItLibraryFindsTheBagValid() throws Exception {
        Bag read = new BagReader().read(bag);

        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(read, false); // throws on any problem
        }
        assertThat(read.getVersion().toString()).isEqualTo("1.0");
        assertThat(read.getPayLoadManifests()).hasSize(1);
    }

    @Test
    void theVerifyRecipeSucceedsWithSha256sumAndOpenssl() throws Exception {
        Path script = recipe();

        Result result = run(script);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("PACK OK")
                .contains("000002.dsse.json ok")
                .contains("000003.dsse.json ok");
    }

    @Test
    void theVerifyRecipeFailsOnATamperedEnvelope() throws Exception {
        Path script = recipe();
        Path envelope = bag.resolve(PackLayout.envelopePath(3));
        Files.writeString(envelope, Files.readString(envelope).replace("\"keyid\"", "\"keyid\" "));

        assertThat(run(script).exit()).isNotZero();
    }

    @Test
    void theVerifyRecipeFailsOnAForgedSignatureEvenWithManifestsRewritten() throws Exception {
        Path script = recipe();
        Path envelope = bag.resolve(PackLayout.envelopePath(3));
        String text = Files.readString(envelope);
        int sig = text.indexOf("\"sig\":\"") + 7;
        Files.writeString(
                envelope, text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1));
        rewriteManifests();

        Result result = run(script);

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).doesNotContain("PACK OK");
    }

    private Path recipe() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "needs /usr/bin/sha256sum");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "needs /usr/bin/openssl");
        String guide = Files.readString(bag.resolve(PackLayout.VERIFY_MD));
        int start = guide.indexOf("```sh\n") + "```sh\n".length();
        int end = guide.indexOf("\n```", start);
        Path script = out.resolve("check.sh");
        Files.writeString(script, guide.substring(start, end + 1));
        return script;
    }

    record Result(int exit, String output) {}

    private Result run(Path script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString())
                .directory(bag.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private void rewriteManifests() throws IOException {
        StringBuilder manifest = new StringBuilder();
        try (var files = Files.walk(bag.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                manifest.append(Digest.sha256(Files.readAllBytes(file)).hex())
                        .append("  ")
                        .append(bag.relativize(file).toString().replace('\\', '/'))
                        .append('\n');
            }
        }
        Files.writeString(bag.resolve(PackLayout.MANIFEST), manifest);
        StringBuilder tags = new StringBuilder();
        for (String tag : PackLayout.LISTED_TAG_FILES) {
            tags.append(Digest.sha256(Files.readAllBytes(bag.resolve(tag))).hex())
                    .append("  ")
                    .append(tag)
                    .append('\n');
        }
        Files.writeString(bag.resolve(PackLayout.TAG_MANIFEST), tags);
    }

    /** Extracts a zip we wrote ourselves, still refusing any name that would leave the folder. */
    static void extract(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("unsafe entry " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, entries.readAllBytes());
            }
        }
    }
}
