package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayIsRefusedInOneLine() {
        String problem = DisplayCheck.problem("Linux", Map.of(), null);
        assertThat(problem).contains("no display").contains("demo --print").doesNotContain("\n");
    }

    @Test
    void anX11OrWaylandDisplayIsEnough() {
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":99"), null))
                .isNull();
        assertThat(DisplayCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null))
                .isNull();
    }

    @Test
    void aHeadlessPlatformOrAnotherSystemIsNotChecked() {
        assertThat(DisplayCheck.problem("Linux", Map.of(), "Monocle")).isNull();
        assertThat(DisplayCheck.problem("Mac OS X", Map.of(), null)).isNull();
    }
}
