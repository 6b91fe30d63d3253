package io.countersign.services.snapshot;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file or folder the workbench's "Update snapshot" reads: what it is, and for a SCIM or AWS
 * export the system id its access belongs to ({@code --system} on the command line).
 *
 * @param system the system id for SCIM and AWS exports; ignored for the other kinds
 * @param hint   what recognising the file found that helps name its system (an AWS account id), or null
 */
public record UpdateSource(Path path, Kind kind, String system, String hint) {

    public enum Kind {
        SNAPSHOT("Countersign snapshot"),
        SCIM("SCIM export"),
        AWS("AWS IAM authorization details"),
        SCIM_MAPPING("SCIM mapping"),
        IDENTITY_MAP("Identity map");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Holds identities and access, as opposed to telling how to read or join them. */
        public boolean holdsAccess() {
            return this == SNAPSHOT || this == SCIM || this == AWS;
        }

        /** Converting it needs a system id. */
        public boolean needsSystem() {
            return this == SCIM || this == AWS;
        }
    }

    public UpdateSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }

    public UpdateSource withSystem(String id) {
        return new UpdateSource(path, kind, id, hint);
    }
}
