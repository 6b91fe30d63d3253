package io.countersign.app.cli;

import io.countersign.app.workbench.WorkbenchLauncher;
import io.countersign.app.workbench.WorkbenchStart;
import io.countersign.model.format.read.FormatException;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.WorkspaceBusyException;
import io.countersign.persistence.evidence.ReviewMaterials;
import io.countersign.persistence.intake.ImportRefusedException;
import io.countersign.persistence.keys.KeystoreRefusedException;
import io.countersign.persistence.keys.WrongPassphraseException;
import io.countersign.persistence.pack.PackExportException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; with no subcommand it opens the workbench window. */
@Command(name = "countersign", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Review, decide on and sign AI-drafted identity and access changes.",
        subcommands = {AnalyzeCommand.class, ImportCommand.class, QueueCommand.class, KeysCommand.class,
                DecideCommand.class, DecisionsCommand.class, VerifyStoreCommand.class, ExportCommand.class,
                VerifyPackCommand.class, DemoCommand.class, WarmUpCommand.class, CommandLine.HelpCommand.class})
public final class CountersignCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return openWindow(spec.commandLine().getErr());
    }

    /** The window on the last workspace; with none yet, the first-run screen over an empty, honestly labelled queue. */
    private static int openWindow(PrintWriter err) {
        try {
            return WorkbenchLauncher.open(WorkbenchStart.lastWorkspace(), err);
        } catch (RuntimeException e) {
            err.println("countersign: internal error: " + e + " (please report it)");
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Runs the command line and returns the exit code; user errors become one line on stderr. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LibraryLogging.quiet();
        if (args.length == 0) {
            // The everyday start, reopening the last workspace, needs no command-line model: picocli's
            // reflection over every subcommand is a noticeable share of the time to the first frame.
            return openWindow(new PrintWriter(err, true, StandardCharsets.UTF_8));
        }
        CommandLine commandLine = new CommandLine(new CountersignCommand());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("countersign: " + e.getMessage() + " (see countersign " + subcommandName(e.getCommandLine()) + "--help)");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = e;
            if (cause instanceof WorkspaceBusyException busy) {
                err.println("countersign: " + WorkspaceOption.busy(busy.directory()).getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (cause instanceof UserError || cause instanceof FormatException
                    || cause instanceof WrongPassphraseException || cause instanceof KeystoreRefusedException
                    || cause instanceof ImportRefusedException || cause instanceof StoreRefusedException
                    || cause instanceof PackExportException || cause instanceof ReviewMaterials.MaterialMissingException) {
                err.println("countersign: " + cause.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println("countersign: internal error: " + cause + " (please report it)");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    private static String subcommandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }
}
