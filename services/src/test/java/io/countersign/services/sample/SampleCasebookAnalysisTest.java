package io.countersign.services.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.DraftAnalyzer;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingStatus;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.Severity;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.read.InputFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each sample case, analysed the way the training workspace does: its snapshot and policy, its
 * pending drafts, and (when set) the identity the trainee acts as and who approved before. What a
 * careful reviewer must notice is produced, and nothing high or critical is left unexplained.
 */
class SampleCasebookAnalysisTest {

    @TestFactory
    Stream<DynamicTest> everyCaseProducesWhatItTeaches() throws Exception {
        Path file = Path.of(getClass()
                .getResource("/io/countersign/services/sample/casebook.json")
                .toURI());
        Casebook casebook = InputFiles.casebook(file);
        return casebook.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(TrainingCase c) {
        ReviewContext review =
                c.reviewAs() == null ? ReviewContext.NONE : ReviewContext.approver(c.reviewAs(), c.priorApprovers());
        DraftAnalysis analysis = new DraftAnalyzer(c.snapshot(), c.policy()).analyze(c.draft(), c.pending(), review);
        List<Finding> findings = analysis.findings();
        String produced = findings.stream()
                .map(f -> f.rule().code() + "/" + f.severity().code() + "/"
                        + f.status().code() + " " + f.summary())
                .collect(Collectors.joining("\n  ", "\n  ", ""));

        Set<String> codes = findings.stream().map(f -> f.rule().code()).collect(Collectors.toSet());
        assertThat(codes)
                .as("rules produced for %s:%s", c.id(), produced)
                .containsAll(c.expected().mustNotice());

        List<String> unexplained = findings.stream()
                .filter(f -> f.severity().isAtLeast(Severity.HIGH) && f.status() != FindingStatus.RESOLVED)
                .map(f -> f.rule().code())
                .filter(code -> !c.expected().mustNotice().contains(code))
                .distinct()
                .toList();
        assertThat(unexplained)
                .as("high or critical findings %s produces but mustNotice omits:%s", c.id(), produced)
                .isEmpty();
    }
}
