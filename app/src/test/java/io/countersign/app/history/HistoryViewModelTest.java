package io.countersign.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.model.format.Outcome;
import io.countersign.services.evidence.EntryReason;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.pack.PackExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's state over a real evidence workspace, without a toolkit. */
class HistoryViewModelTest {
    @TempDir
    Path dir;

    private SampleEvidence evidence;

    @AfterEach
    void close() {
        if (evidence != null) {
            evidence.close();
        }
    }

    private HistoryViewModel verified(boolean tampered) throws Exception {
        Path ws = SampleEvidence.record(dir);
        if (tampered) {
            SampleEvidence.tamper(ws, 2);
        }
        evidence = SampleEvidence.open(ws);
        HistoryViewModel model = new HistoryViewModel(evidence.access(), new SameThreadTaskExecutor());
        model.verify();
        return model;
    }

    @Test
    void listsVerifiedDecisionsNewestFirst() throws Exception {
        HistoryViewModel model = verified(false);

        assertThat(model.rows()).hasSize(SampleEvidence.DECISIONS).noneMatch(HistoryRow::broken);
        assertThat(model.rows()).extracting(HistoryRow::seq).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(model.rows().getFirst().status().word()).isEqualTo("Verified");
        assertThat(model.chainProperty().get().state()).isEqualTo(ChainStatus.State.INTACT);
        assertThat(model.chainProperty().get().headline()).isEqualTo("Chain intact · 6 records verified");
        assertThat(model.countProperty().get()).isEqualTo("6 of 6");
        assertThat(model.selectedProperty().get().seq()).isEqualTo(6);
    }

    @Test
    void tamperedStoreRaisesTheAlarmNamingTheFirstBrokenRecord() throws Exception {
        HistoryViewModel model = verified(true);

        ChainStatus chain = model.chainProperty().get();
        assertThat(chain.state()).isEqualTo(ChainStatus.State.BROKEN);
        assertThat(chain.headline()).contains("ALARM", "record 2");
        assertThat(chain.detail()).contains("changed after it was recorded", "ENTRY_HASH_MISMATCH");
        assertThat(chain.advice()).contains("Do not record further decisions", "administrator");
        HistoryRow second =
                model.rows().stream().filter(row -> row.seq() == 2).findFirst().orElseThrow();
        assertThat(second.broken()).isTrue();
        assertThat(second.decision()).isEmpty();
        assertThat(second.titleLabel()).contains("withheld");
        assertThat(model.selectedProperty().get()).isSameAs(second);
        assertThat(model.details()).isNull();
    }

    @Test
    void filtersByApproverOutcomeTextAndDay() throws Exception {
        HistoryViewModel model = verified(false);

        model.approverProperty()
                .set(model.approvers().stream()
                        .filter(o -> o.id().equals(SampleEvidence.HENRIK))
                        .findFirst()
                        .orElseThrow());
        assertThat(model.rows()).hasSize(3);
        model.outcomeProperty().set(OutcomeFilter.REJECT);
        assertThat(model.rows())
                .extracting(row -> row.decision().orElseThrow().draftId())
                .containsExactly("DR-4119");
        model.clearFilters();
        model.searchProperty().set("GATEWAY");
        assertThat(model.rows())
                .extracting(row -> row.decision().orElseThrow().draftId())
                .containsExactly("DR-4114");
        model.clearFilters();
        model.fromProperty().set(LocalDate.of(2026, 11, 21));
        assertThat(model.rows()).hasSize(3);
        model.toProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("0 of 6");
    }

    @Test
    void brokenRecordsStayVisibleWhateverTheFilter() throws Exception {
        HistoryViewModel model = verified(true);

        model.searchProperty().set("no decision says this");
        assertThat(model.rows()).isNotEmpty().allMatch(HistoryRow::broken);
    }

    @Test
    void detailsComeFromTheSignedPredicate() throws Exception {
        HistoryViewModel model = verified(false);

        model.selectedProperty()
                .set(model.rows().stream()
                        .filter(row -> row.seq() == 4)
                        .findFirst()
                        .orElseThrow());
        RecordDetails details = model.details();
        assertThat(details.heading()).startsWith("DR-4115 r1");
        assertThat(details.outcome().word()).isEqualTo("Approved");
        assertThat(details.acknowledged()).containsExactly("GOV-STALE-BASIS", "SOD-CONFLICT");
        assertThat(details.mitigations()).singleElement().asString().contains("mc.vendor-callback");
        assertThat(details.lineItems()).isNotEmpty().allMatch(RecordDetails.ItemChoice::approved);
        assertThat(details.facts())
                .anySatisfy(f -> assertThat(f.label() + f.value()).contains("Quorum2 approvers", SampleEvidence.PRIYA));
        assertThat(details.facts()).anySatisfy(f -> assertThat(f.label()).isEqualTo("Previous hash"));
        assertThat(details.advice().diverged()).isFalse();

        model.selectedProperty()
                .set(model.rows().stream()
                        .filter(row -> row.seq() == 2)
                        .findFirst()
                        .orElseThrow());
        assertThat(model.details().advice().diverged()).isTrue();
        assertThat(model.details().outcome().word()).isEqualTo("Rejected");
    }

    @Test
    void anUnreadableStoreIsSaidInPlainWords() {
        HistoryViewModel model = new HistoryViewModel(new Unreadable(), new SameThreadTaskExecutor());
        model.verify();

        assertThat(model.chainProperty().get().state()).isEqualTo(ChainStatus.State.UNAVAILABLE);
        assertThat(model.chainProperty().get().detail())
                .isEqualTo("The evidence store could not be read: disk gone")
                .doesNotContain("Exception");
        assertThat(model.verifyingProperty().get()).isFalse();
    }

    @Test
    void everyReasonCodeHasPlainWords() {
        for (EntryReason reason : EntryReason.values()) {
            assertThat(EntryReasonText.of(reason)).isNotBlank().doesNotContain("_");
        }
        assertThat(EvidenceMarks.outcome(Outcome.REQUEST_CHANGES).word()).isEqualTo("Changes requested");
    }

    private static final class Unreadable implements EvidenceAccess {
        @Override
        public StoreVerification verify() {
            throw new IllegalStateException("wrapped", new UncheckedIOException(new IOException("disk gone")));
        }

        @Override
        public List<KeyOwner> keyOwners() {
            return List.of();
        }

        @Override
        public List<SystemChoice> systems() {
            return List.of();
        }

        @Override
        public PackExporter.Result export(PackExporter.Request request, char[] passphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path defaultExportFolder() {
            return null;
        }
    }
}
