package io.countersign.cli;

/** The command line's exit codes, the same for every subcommand. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** A verification ran and found the evidence invalid. */
    public static final int INVALID = 1;
    /** Bad input or usage: a one-line reason went to stderr. */
    public static final int BAD_INPUT = 2;
}
