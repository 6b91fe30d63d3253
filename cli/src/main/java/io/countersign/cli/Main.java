package io.countersign.cli;

/** The command line on its own: every subcommand but the workbench's, with no JavaFX loaded. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CountersignCommand.run(args, System.out, System.err));
    }
}
