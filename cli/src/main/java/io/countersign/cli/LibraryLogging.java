package io.countersign.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' chatter (Flyway's migration notes, jOOQ's banner and tips) off stderr,
 * which on the command line carries only one-line reasons. Real errors still surface as
 * exceptions and are reported by {@link CountersignCommand}.
 */
final class LibraryLogging {

    // java.util.logging holds loggers weakly: keep them, or the levels are forgotten.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private LibraryLogging() {}

    static void quiet() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
}
