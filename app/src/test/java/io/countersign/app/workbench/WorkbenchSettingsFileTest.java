package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void remembersWindowSizeAndTheme() throws IOException {
        WorkbenchSettingsFile file = new WorkbenchSettingsFile(dir.resolve("countersign/workbench.properties"));
        file.save(new WorkbenchSettings(1600, 1000, true, ThemeChoice.DARK));
        assertThat(file.load()).isEqualTo(new WorkbenchSettings(1600, 1000, true, ThemeChoice.DARK));
    }

    @Test
    void aMissingOrDamagedFileMeansDefaults() throws IOException {
        WorkbenchSettingsFile file = new WorkbenchSettingsFile(dir.resolve("workbench.properties"));
        assertThat(file.load()).isEqualTo(WorkbenchSettings.DEFAULT);
        Files.writeString(dir.resolve("workbench.properties"), "window.width=wide\n");
        assertThat(file.load()).isEqualTo(WorkbenchSettings.DEFAULT);
    }

    @Test
    void absurdSizesAreClamped() {
        WorkbenchSettings settings = new WorkbenchSettings(10, 99_999, false, null);
        assertThat(settings.width()).isEqualTo(960);
        assertThat(settings.height()).isEqualTo(10_000);
        assertThat(settings.theme()).isEqualTo(ThemeChoice.LIGHT);
    }
}
