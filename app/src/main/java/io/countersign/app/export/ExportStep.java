package io.countersign.app.export;

/** Where a running export is, with the share of the work done when it starts and whether it can still be cancelled. */
public enum ExportStep {
    CHECKING_TARGET(0.05, "Checking the destination…", true),
    VERIFYING_STORE(0.15, "Verifying the evidence store…", true),
    WRITING(0.6, "Signing, writing and recording the pack…", false);

    private final double progress;
    private final String text;
    private final boolean cancellable;

    ExportStep(double progress, String text, boolean cancellable) {
        this.progress = progress;
        this.text = text;
        this.cancellable = cancellable;
    }

    public double progress() {
        return progress;
    }

    public String text() {
        return text;
    }

    /** Once writing starts the export finishes: the pack is written atomically and recorded in the chain. */
    public boolean cancellable() {
        return cancellable;
    }
}
