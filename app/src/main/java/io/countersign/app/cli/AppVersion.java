package io.countersign.app.cli;

import picocli.CommandLine;

/** The version printed by --version and recorded in decisions. */
public final class AppVersion implements CommandLine.IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"countersign " + VERSION};
    }
}
