package io.countersign.app.workspace;

import io.countersign.services.intake.SweepReport;

/** One line about an inbox sweep for the status bar: what came in, what was turned away. */
final class InboxNotes {
    private InboxNotes() {}

    static String describe(SweepReport report) {
        StringBuilder note = new StringBuilder("Inbox: ");
        if (!report.imported().isEmpty()) {
            note.append(
                    report.imported().size() == 1
                            ? report.imported().getFirst().message()
                            : "imported " + report.imported().size() + " files");
        }
        if (!report.rejected().isEmpty()) {
            note.append(note.length() > 7 ? " · " : "")
                    .append(report.rejected().size())
                    .append(" rejected (reasons in inbox/rejected/): ")
                    .append(report.rejected().getFirst().reason());
        }
        if (!report.left().isEmpty()) {
            note.append(note.length() > 7 ? " · " : "")
                    .append(report.left().size())
                    .append(" left to retry");
        }
        return note.toString();
    }
}
