package io.countersign.cli;

import io.countersign.services.AppVersion;
import picocli.CommandLine;

/** What {@code --version} prints. */
final class VersionText implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"countersign " + AppVersion.VERSION};
    }
}
