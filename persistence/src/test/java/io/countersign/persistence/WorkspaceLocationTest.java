package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(WorkspaceLocation.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/ann"), HOME))
                .isEqualTo(Path.of("/data/ann/countersign"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(WorkspaceLocation.defaultDirectory("Linux", Map.of(), HOME))
                .isEqualTo(HOME.resolve(".local/share/countersign"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        assertThat(WorkspaceLocation.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "rel"), HOME))
                .isEqualTo(HOME.resolve(".local/share/countersign"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(WorkspaceLocation.defaultDirectory("Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Countersign"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(WorkspaceLocation.defaultDirectory("Windows 11", Map.of("APPDATA", "/appdata"), HOME))
                .isEqualTo(Path.of("/appdata/Countersign"));
    }
}
