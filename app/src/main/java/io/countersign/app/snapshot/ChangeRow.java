package io.countersign.app.snapshot;

import io.countersign.model.analysis.AccessRow;
import java.util.Locale;

/**
 * One line of the changes an update brings: an identity or a grant, added, removed or changed,
 * who or what it is, and the detail in plain words.
 */
public record ChangeRow(Area area, AccessRow.Change change, String subject, String detail) {

    public enum Area {
        IDENTITY("Identity"),
        GRANT("Grant");

        private final String word;

        Area(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What a screen reader says for the row: the same words the row shows. */
    public String spoken() {
        return area.word() + " " + change.name().toLowerCase(Locale.ROOT) + ": " + subject
                + (detail.isEmpty() ? "" : ", " + detail);
    }
}
