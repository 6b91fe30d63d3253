package io.countersign.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadGeneratorTest {

    @TempDir
    static Path dir;

    static Workload workload;

    @BeforeAll
    static void generate() {
        workload = new WorkloadGenerator(WorkloadSize.SMOKE, WorkloadGenerator.DEFAULT_SEED).generate(dir.resolve("a"));
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        Workload again =
                new WorkloadGenerator(WorkloadSize.SMOKE, WorkloadGenerator.DEFAULT_SEED).generate(dir.resolve("b"));

        assertThat(files(again)).hasSameSizeAs(files(workload));
        for (Path file : files(workload)) {
            Path twin = again.directory()
                    .resolve(workload.directory().relativize(file).toString());
            assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void anotherSeedGivesOtherDrafts() throws IOException {
        Workload other = new WorkloadGenerator(WorkloadSize.SMOKE, 7L).generate(dir.resolve("c"));

        assertThat(Files.readAllBytes(other.draftFiles().getFirst()))
                .isNotEqualTo(Files.readAllBytes(workload.draftFiles().getFirst()));
    }

    @Test
    void strictReadersAcceptEveryFile() throws Exception {
        Snapshot snapshot = InputFiles.snapshot(workload.snapshot());
        Policy policy = InputFiles.policy(workload.policy());
        for (Path file : workload.draftFiles()) {
            InputFiles.draft(file);
        }
        Draft outlier = InputFiles.draft(workload.outlier());

        assertThat(snapshot.entitlements()).hasSize(WorkloadSize.SMOKE.entitlements());
        assertThat(policy.sod()).hasSize(WorkloadSize.SMOKE.sodRules());
        assertThat(outlier.changes().stream().mapToInt(c -> c.add().size()).sum())
                .isEqualTo(WorkloadSize.SMOKE.outlierGrants());
    }

    @Test
    void seventyPercentOfIdentitiesAreHuman() throws Exception {
        Snapshot snapshot = InputFiles.snapshot(workload.snapshot());

        long humans = snapshot.identities().stream()
                .filter(i -> i.kind() == IdentityKind.HUMAN)
                .count();
        assertThat(humans * 10).isEqualTo(snapshot.identities().size() * 7L);
        assertThat(snapshot.identities()).extracting(i -> i.kind()).contains(IdentityKind.values());
    }

    @Test
    void ordinaryDraftsCarryAboutTheRequestedNumberOfReferences() throws Exception {
        Draft draft = InputFiles.draft(workload.draftFiles().getFirst());

        int references = draft.request().entitlements().size()
                + draft.basis().access().stream()
                        .mapToInt(a -> a.entitlements().size())
                        .sum()
                + draft.changes().stream()
                        .mapToInt(c -> c.add().size() + c.remove().size())
                        .sum();
        assertThat(references).isEqualTo(WorkloadSize.SMOKE.referencesPerDraft());
        assertThat(workload.draftFiles()).hasSize(WorkloadSize.SMOKE.drafts());
    }

    @Test
    void sodRulesArePrefixStable() {
        Population population = new Population(WorkloadSize.SMOKE);

        assertThat(PolicyGenerator.sodRules(population, 1L, 50))
                .isEqualTo(PolicyGenerator.sodRules(population, 1L, 500).subList(0, 50));
        assertThat(PolicyGenerator.sodRules(population, 1L, 5).stream()
                        .allMatch(r -> !r.left().terms().isEmpty()))
                .isTrue();
    }

    @Test
    void sidesNeverAskForMoreSensitiveEntitlementsThanASystemHas() {
        Population population = new Population(WorkloadSize.SMOKE);

        assertThat(population.sensitivePerSystem()).isLessThan(WorkloadSize.SMOKE.maxTermsPerSide());
        assertThat(PolicyGenerator.sodRules(population, 3L, 200))
                .allSatisfy(rule -> assertThat(rule.left().terms().size())
                        .isLessThanOrEqualTo(WorkloadSize.SMOKE.maxTermsPerSide()));
        assertThat(new Population(WorkloadSize.FULL).sensitivePerSystem())
                .isGreaterThan(WorkloadSize.FULL.maxTermsPerSide());
    }

    private static List<Path> files(Workload w) throws IOException {
        try (Stream<Path> all = Files.walk(w.directory())) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
