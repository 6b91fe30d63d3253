package io.countersign.model.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceTreeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the converters write reads back as the same snapshot, byte for byte the same each time. */
class SnapshotJsonTest {

    @Test
    void publishedSnapshotReadsBackEqualAfterWriting() throws FormatException {
        Snapshot snapshot = InputFiles.snapshot(ConvertFixtures.EXAMPLES.resolve("snapshot.json"));

        byte[] written = SnapshotJson.write(snapshot);

        assertThat(SnapshotReader.read(SourceTreeReader.read("again.json", written, SourceTreeReader.Syntax.JSON)))
                .isEqualTo(snapshot);
    }

    @Test
    void sameSnapshotGivesTheSameBytesWithOneItemPerLine() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();

        byte[] first = SnapshotJson.write(snapshot);

        assertThat(SnapshotJson.write(ConvertFixtures.publishedAws())).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8).lines())
                .filteredOn(line -> line.startsWith("    {\"identity\""))
                .hasSize(snapshot.assignments().size());
    }
}
