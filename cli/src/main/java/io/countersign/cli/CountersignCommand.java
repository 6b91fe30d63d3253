package io.countersign.cli;

import io.countersign.model.read.FormatException;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.WorkspaceBusyException;
import io.countersign.services.approval.ApprovalExportException;
import io.countersign.services.intake.ImportRefusedException;
import io.countersign.services.keys.KeystoreRefusedException;
import io.countersign.services.keys.WrongPassphraseException;
import io.countersign.services.pack.PackExportException;
import io.countersign.services.queue.MaterialMissingException;
import io.countersign.services.snapshot.SnapshotWriteException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command and its subcommands. Without a subcommand it does what its host decides:
 * the workbench opens its window, the plain command line prints its usage.
 */
@Command(
        name = "countersign",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Review, decide on and sign AI-drafted identity and access changes.")
public final class CountersignCommand implements Callable<Integer> {

    /** What a host adds to the command line: more subcommands, and what running none does. */
    public interface Host {
        /** Adds the host's own subcommands. */
        void addSubcommands(CommandLine commandLine);

        /** Runs when no subcommand is given; returns the exit code. */
        int withoutSubcommand(PrintWriter err);
    }

    /** The plain command line: no window to open, so no subcommand means usage and exit 2. */
    public static final Host PLAIN = new Host() {
        @Override
        public void addSubcommands(CommandLine commandLine) {}

        @Override
        public int withoutSubcommand(PrintWriter err) {
            err.println("countersign: name a command (see countersign --help)");
            return ExitCodes.BAD_INPUT;
        }
    };

    /**
     * The subcommands, by name, in the order --help lists them. Only the one being run is handed to
     * picocli (each costs a reflective scan at start-up); all of them when none is named or help is asked.
     * Classes, not constructor references: the JDK 25 AOT cache the app image trains crashed while
     * archiving a static map of lambdas (archiveHeapWriter guarantee), and picocli instantiates classes itself.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("analyze", AnalyzeCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("queue", QueueCommand.class);
        commands.put("keys", KeysCommand.class);
        commands.put("decide", DecideCommand.class);
        commands.put("decisions", DecisionsCommand.class);
        commands.put("verify-store", VerifyStoreCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("verify", VerifyPackCommand.class);
        commands.put("trust", TrustCommand.class);
        commands.put("gate", GateCommand.class);
        commands.put("snapshot", SnapshotCommand.class);
        commands.put("mcp", McpCommand.class);
        commands.put("warm-up", WarmUpCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    private final ToIntFunction<PrintWriter> withoutSubcommand;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private CountersignCommand(ToIntFunction<PrintWriter> withoutSubcommand) {
        this.withoutSubcommand = withoutSubcommand;
    }

    @Override
    public Integer call() {
        return withoutSubcommand.applyAsInt(spec.commandLine().getErr());
    }

    /** Runs the plain command line and returns the exit code; user errors become one line on stderr. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, PLAIN);
    }

    /** Runs the command line with a host's additions; user errors become one line on stderr. */
    public static int run(String[] args, PrintStream out, PrintStream err, Host host) {
        LibraryLogging.quiet();
        CommandLine commandLine = new CommandLine(new CountersignCommand(host::withoutSubcommand));
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null && !args[0].equals("help")) {
            commandLine.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(commandLine::addSubcommand);
            host.addSubcommands(commandLine);
        }
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("countersign: " + e.getMessage() + " (see countersign " + subcommandName(e.getCommandLine())
                    + "--help)");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("countersign: " + reason(e));
            return ExitCodes.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /** The one line a failure is reported with; anything unforeseen is labelled as a fault of ours. */
    static String reason(Throwable cause) {
        if (cause instanceof WorkspaceBusyException busy) {
            return WorkspaceOption.busy(busy.directory()).getMessage();
        }
        if (cause instanceof UserError
                || cause instanceof FormatException
                || cause instanceof WrongPassphraseException
                || cause instanceof KeystoreRefusedException
                || cause instanceof ImportRefusedException
                || cause instanceof StoreRefusedException
                || cause instanceof PackExportException
                || cause instanceof ApprovalExportException
                || cause instanceof MaterialMissingException
                || cause instanceof SnapshotWriteException) {
            return cause.getMessage();
        }
        return "internal error: " + cause + " (please report it)";
    }

    /** For hosts that build their own start: quiets the libraries as {@link #run} does. */
    public static void quietLibraries() {
        LibraryLogging.quiet();
    }

    private static String subcommandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }
}
