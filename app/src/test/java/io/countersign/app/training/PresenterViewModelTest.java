package io.countersign.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.RecordingDialogService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presenter stepping and revealing, without a toolkit. */
class PresenterViewModelTest {
    @TempDir
    Path root;

    private TrainingViewModel training;
    private PresenterViewModel presenter;

    @BeforeEach
    void openSample() {
        training = TrainingSessions.sample(root, new RecordingDialogService());
        presenter = training.presenter();
    }

    @AfterEach
    void close() {
        training.sessionProperty().get().close();
    }

    private String position() {
        return presenter.slideProperty().get().position();
    }

    @Test
    void startsOnTheSelectedCaseWithTheAnswerHidden() {
        TrainingSessions.select(training, "c10-permanent-iam-admin");
        training.startPresenting();
        assertThat(presenter.presentingProperty().get()).isTrue();
        assertThat(position()).isEqualTo("Case 10 of 35");
        assertThat(presenter.revealedProperty().get()).isFalse();
    }

    @Test
    void stepsForwardAndBackWithinTheCasebook() {
        presenter.previous();
        assertThat(position()).isEqualTo("Case 1 of 35");
        presenter.next();
        presenter.next();
        assertThat(position()).isEqualTo("Case 3 of 35");
        presenter.last();
        presenter.next();
        assertThat(position()).isEqualTo("Case 35 of 35");
        presenter.first();
        assertThat(position()).isEqualTo("Case 1 of 35");
    }

    @Test
    void revealTogglesAndANewCaseHidesTheAnswerAgain() {
        presenter.toggleReveal();
        assertThat(presenter.revealedProperty().get()).isTrue();
        presenter.next();
        assertThat(presenter.revealedProperty().get()).isFalse();
        presenter.toggleReveal();
        presenter.toggleReveal();
        assertThat(presenter.revealedProperty().get()).isFalse();
    }

    @Test
    void aSlideCarriesTheChangedLinesFindingsAndWhatMustBeNoticed() {
        presenter.showCase(9);
        PresenterSlide slide = presenter.slideProperty().get();
        assertThat(slide.trainingCase().id()).isEqualTo("c10-permanent-iam-admin");
        assertThat(slide.highlights())
                .extracting(PresenterSlide.Highlight::text)
                .anySatisfy(text -> assertThat(text).contains("Administer production IAM", "Jonas Weber"));
        assertThat(slide.findings()).isNotEmpty();
        assertThat(slide.mustNotice())
                .extracting(PresenterSlide.Highlight::text)
                .contains("SOD-CONFLICT", "LP-ESCALATION-PATH");
        assertThat(slide.mustNotice())
                .extracting(PresenterSlide.Highlight::detail)
                .contains("Separation-of-duties conflict");
    }

    @Test
    void leavingEndsPresenting() {
        training.startPresenting();
        presenter.leave();
        assertThat(presenter.presentingProperty().get()).isFalse();
    }
}
