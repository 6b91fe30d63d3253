package io.countersign.app.export;

/** An export stopped before anything was written, with the reason already in plain words. */
public final class ExportRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportRefusal(String message) {
        super(message, null, false, false);
    }
}
