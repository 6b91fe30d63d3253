package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.workbench.StartupProbe.Mode;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupProbeTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "null,        null,        OFF",
                "'',          null,        OFF",
                "first-frame, null,        FIRST_FRAME",
                "READY,       null,        READY",
                "null,        ready,       READY",
                "null,        first-frame, FIRST_FRAME",
                "off,         ready,       OFF",
                "nonsense,    null,        OFF"
            })
    void readsTheModeFromThePropertyBeforeTheEnvironment(String property, String variable, Mode expected) {
        Map<String, String> environment = variable == null ? Map.of() : Map.of(StartupProbe.VARIABLE, variable);
        assertThat(StartupProbe.mode(property, environment)).isEqualTo(expected);
    }
}
