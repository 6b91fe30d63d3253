package io.countersign.app.workbench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light or dark: AtlantaFX's Primer themes. */
public enum ThemeChoice {
    LIGHT,
    DARK;

    public String stylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public ThemeChoice other() {
        return this == DARK ? LIGHT : DARK;
    }
}
