package io.countersign.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on this test classpath, to play a second Countersign process. */
public final class ChildJvm {

    private ChildJvm() {}

    public static Process start(Class<?> mainClass, Path workspace) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                mainClass.getName(),
                workspace.toString()));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
