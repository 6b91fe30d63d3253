package io.countersign.services.approval;

/** An approval bundle or trust file cannot be written; the message says why in words the user can act on. */
public final class ApprovalExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApprovalExportException(String message) {
        super(message, null, false, false);
    }
}
