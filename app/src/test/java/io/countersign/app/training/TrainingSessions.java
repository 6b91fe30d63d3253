package io.countersign.app.training;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** Test fixtures: a training view model on the sample casebook, and quick ways to fill in a decision. */
final class TrainingSessions {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    private TrainingSessions() {}

    static TrainingViewModel sample(Path root, RecordingDialogService dialogs) {
        TrainingViewModel model =
                new TrainingViewModel(new SameThreadTaskExecutor(), dialogs, new TrainingFolders(root), CLOCK);
        model.openSample();
        return model;
    }

    static void select(TrainingViewModel model, String caseId) {
        model.selectedProperty()
                .set(model.cases().stream()
                        .filter(row -> row.item().id().equals(caseId))
                        .findFirst()
                        .orElseThrow());
    }

    static void decide(TrainingViewModel model, Outcome outcome, String justification, Set<String> acknowledge) {
        TraineeDecisionViewModel form = model.decision();
        form.outcomeProperty().set(outcome);
        form.justificationProperty().set(justification);
        for (TraineeDecisionViewModel.Acknowledgement ack : form.acknowledgements()) {
            Finding finding = ack.finding();
            ack.checked().set(acknowledge.contains(finding.rule().code()));
        }
        model.submit();
    }
}
