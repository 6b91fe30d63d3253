package io.countersign.services.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.read.InputFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped sample casebook loads strictly and is big and varied enough to teach every rule. */
class SampleCasebookTest {

    static Casebook casebook;

    static Path resource(String name) throws Exception {
        return Path.of(SampleCasebookTest.class
                .getResource("/io/countersign/services/sample/" + name)
                .toURI());
    }

    @BeforeAll
    static void load() throws Exception {
        casebook = InputFiles.casebook(resource("casebook.json"));
    }

    @Test
    void referencedFilesAlsoLoadOnTheirOwn() throws Exception {
        Snapshot snapshot = InputFiles.snapshot(resource("snapshot.json"));
        Policy policy = InputFiles.policy(resource("policy.yaml"));
        assertThat(casebook.cases()).allSatisfy(c -> {
            assertThat(c.snapshot()).isEqualTo(snapshot);
            assertThat(c.policy()).isEqualTo(policy);
        });
    }

    @Test
    void organisationIsLargeEnough() {
        Snapshot snapshot = casebook.cases().getFirst().snapshot();
        Policy policy = casebook.cases().getFirst().policy();
        assertThat(snapshot.identities()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(snapshot.systems()).hasSize(5);
        assertThat(snapshot.entitlements()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(snapshot.roles()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(snapshot.workflows()).hasSize(2);
        assertThat(policy.sod()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(policy.mitigatingControls()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(casebook.cases()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void everyKindOfIdentityIsPresentAndExactlyOneNonHumanIsOrphaned() {
        Snapshot snapshot = casebook.cases().getFirst().snapshot();
        Map<IdentityKind, Long> byKind =
                snapshot.identities().stream().collect(Collectors.groupingBy(Identity::kind, Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(IdentityKind.values());
        assertThat(snapshot.identities().stream().filter(i -> !i.isHuman() && i.owner() == null))
                .extracting(Identity::id)
                .containsExactly("svc-legacy-ftp");
    }

    @Test
    void everyDraftKindIsPresent() {
        Set<DraftKind> kinds =
                casebook.cases().stream().map(c -> c.draft().kind()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(DraftKind.values());
        assertThat(casebook.cases())
                .anySatisfy(c -> assertThat(c.draft().changes())
                        .anySatisfy(change -> assertThat(change.create()).isNotNull()));
    }

    @Test
    void everyOutcomeIsExpectedSomewhere() {
        Set<Outcome> outcomes =
                casebook.cases().stream().map(c -> c.expected().outcome()).collect(Collectors.toSet());
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void mustNoticeCoversEveryRule() {
        Set<String> noticed = casebook.cases().stream()
                .flatMap(c -> c.expected().mustNotice().stream())
                .collect(Collectors.toSet());
        Set<String> all = Arrays.stream(RuleId.values()).map(RuleId::code).collect(Collectors.toSet());
        assertThat(noticed).containsAll(all);
    }

    @Test
    void draftIdsAreUniqueAcrossCasesAndPendingDrafts() {
        Set<String> seen = new HashSet<>();
        for (TrainingCase c : casebook.cases()) {
            assertThat(seen.add(c.draft().id()))
                    .as("draft id %s", c.draft().id())
                    .isTrue();
        }
        Set<String> pending = new HashSet<>();
        casebook.cases()
                .forEach(c -> c.pending().forEach(p -> {
                    assertThat(seen).as("pending draft id %s", p.id()).doesNotContain(p.id());
                    pending.add(p.id());
                }));
        assertThat(pending).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void caseIdsAreUniqueAndEveryCaseIsExplained() {
        assertThat(casebook.cases().stream()
                        .map(TrainingCase::id)
                        .collect(Collectors.toMap(Function.identity(), x -> 1, Integer::sum)))
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(casebook.cases()).allSatisfy(c -> {
            assertThat(c.expected().explanation()).isNotBlank();
            assertThat(c.trainerNotes()).isNotBlank();
        });
    }

    @Test
    void theAssistantIsSometimesWrong() {
        long wrong = casebook.cases().stream()
                .filter(c -> c.draft().recommendation() != c.expected().outcome())
                .count();
        assertThat(wrong).isGreaterThanOrEqualTo(4);
    }
}
