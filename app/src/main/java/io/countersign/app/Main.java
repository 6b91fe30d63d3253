package io.countersign.app;

import io.countersign.app.cli.CountersignCommand;

/** Entry point; on the plain classpath it must not extend {@code Application}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CountersignCommand.run(args, System.out, System.err));
    }
}
