package io.countersign.app.workbench;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The workbench's places, in navigation order. Only the queue is built; the others say so plainly. */
public enum Section {
    QUEUE("Queue", Material2AL.INBOX, null),
    HISTORY(
            "History",
            Material2AL.HISTORY,
            "Signed decisions, read from verified records, with the verification status of each and of the whole chain."),
    EXPORT(
            "Export",
            Material2MZ.UNARCHIVE,
            "Signed decision packs for a period, approver or system, verifiable offline with Countersign or with sha256sum and openssl."),
    TRAINING("Training", Material2MZ.SCHOOL, null);

    private final String title;
    private final Ikon icon;
    private final String comingSoon;

    Section(String title, Ikon icon, String comingSoon) {
        this.title = title;
        this.icon = icon;
        this.comingSoon = comingSoon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** What the section will hold, for its placeholder; null for sections that exist. */
    public String comingSoon() {
        return comingSoon;
    }

    public boolean isAvailable() {
        return comingSoon == null;
    }
}
