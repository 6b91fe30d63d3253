package io.countersign.app;

import io.countersign.app.workbench.WorkbenchLauncher;
import io.countersign.app.workbench.WorkbenchStart;
import io.countersign.cli.CountersignCommand;
import io.countersign.cli.ExitCodes;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the workbench: the command line plus {@code demo}, and the window when no command
 * is named. On the plain class path it must not extend {@code Application}.
 */
public final class Main implements CountersignCommand.Host {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the workbench's command line and returns the exit code; user errors become one line on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            // The everyday start, reopening the last workspace, needs no command-line model: picocli's
            // reflection over every subcommand is a noticeable share of the time to the first frame.
            CountersignCommand.quietLibraries();
            return new Main().withoutSubcommand(new PrintWriter(err, true, StandardCharsets.UTF_8));
        }
        return CountersignCommand.run(args, out, err, new Main());
    }

    @Override
    public void addSubcommands(CommandLine commandLine) {
        commandLine.addSubcommand(new DemoCommand());
    }

    /** The window on the last workspace; with none yet, the first-run screen over an empty, honestly labelled queue. */
    @Override
    public int withoutSubcommand(PrintWriter err) {
        try {
            return WorkbenchLauncher.open(WorkbenchStart.lastWorkspace(), err);
        } catch (RuntimeException e) {
            err.println("countersign: internal error: " + e + " (please report it)");
            return ExitCodes.BAD_INPUT;
        }
    }
}
