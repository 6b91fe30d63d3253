package io.countersign.app.snapshot;

import io.countersign.services.snapshot.UpdateSource;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A chosen file or folder as the update screen lists it, with the system id the user may edit. */
public final class SourceRow {
    private final UpdateSource source;
    private final StringProperty system = new SimpleStringProperty(this, "system", "");

    SourceRow(UpdateSource source, String suggestedSystem) {
        this.source = source;
        system.set(suggestedSystem == null ? "" : suggestedSystem);
    }

    public UpdateSource source() {
        return source;
    }

    /** The file or folder's own name, as the row shows it. */
    public String name() {
        return source.path().getFileName().toString();
    }

    public String kindLabel() {
        return source.kind().label();
    }

    public boolean needsSystem() {
        return source.kind().needsSystem();
    }

    /** The system id the converted access belongs to; only asked for SCIM and AWS exports. */
    public StringProperty systemProperty() {
        return system;
    }

    UpdateSource withSystem() {
        return source.withSystem(needsSystem() ? system.get() : null);
    }
}
