package io.countersign.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.benchmarks.report.Report;
import io.countersign.benchmarks.report.Result;
import io.countersign.benchmarks.workload.WorkloadGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole harness at smoke size so it cannot rot: every scenario runs and reports a value and
 * a floor. Speed targets are not asserted here; they belong in docs/benchmarks.md.
 */
class HarnessSmokeTest {

    @TempDir
    static Path out;

    static Report report;

    @BeforeAll
    static void runTheHarness() throws Exception {
        report = BenchmarkHarness.run(HarnessSettings.SMOKE, out, WorkloadGenerator.DEFAULT_SEED);
    }

    @Test
    void everyMeasurableScenarioReportsAValue() {
        assertThat(report.results())
                .extracting(Result::scenario)
                .contains("S1", "S2", "S2-GUI", "S3", "S4", "S5", "S6", "S7", "S8", "S10", "S11", "S12");
        assertThat(report.results())
                .allSatisfy(result -> assertThat(result.value()).isPositive());
    }

    @Test
    void everyValueWithATargetRatioHasAFloorFromTheSameRun() {
        assertThat(report.results())
                .filteredOn(result -> result.targetRatio() != null)
                .isNotEmpty()
                .allSatisfy(result -> assertThat(result.floor()).isNotNull().isPositive());
    }

    @Test
    void everyScenarioOfTheIssueIsMeasuredNoneLeftPending() {
        assertThat(report.pending()).isEmpty();
    }

    @Test
    void resultsAreWrittenAsJsonAndAsATable() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());

        assertThat(json.path("results")).hasSize(report.results().size());
        assertThat(json.path("machine").path("cpus").asInt()).isPositive();
        assertThat(json.path("results").get(0).has("ratio")).isTrue();
        assertThat(out.resolve("results.md")).content().contains("| scenario | item | value |");
    }
}
