package io.countersign.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where a passphrase comes from: the first line of {@code --passphrase-file} (for scripts), else
 * a prompt on the terminal without echo. There is deliberately no {@code --passphrase}: an
 * argument ends up in shell history and in every process listing. The caller owns the returned
 * array and must wipe it (the keystore does).
 */
public final class PassphraseOption {

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (for scripts); otherwise it is asked for.")
    Path file;

    /** The passphrase for an existing key. */
    public char[] read(String prompt) {
        if (file != null) {
            return firstLine(file);
        }
        return console().readPassword("%s: ", prompt);
    }

    /** A new passphrase: on a terminal it is asked twice and must match. */
    public char[] readNew(String prompt) {
        if (file != null) {
            return firstLine(file);
        }
        Console console = console();
        char[] first = console.readPassword("%s: ", prompt);
        char[] again = console.readPassword("Repeat it: ");
        try {
            if (first == null || !Arrays.equals(first, again)) {
                wipe(first);
                throw new UserError("the two passphrases differ; nothing was written");
            }
            return first;
        } finally {
            wipe(again);
        }
    }

    private static Console console() {
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            throw new UserError("no passphrase: use --passphrase-file in scripts");
        }
        return console;
    }

    static char[] firstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("passphrase file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserError("cannot read passphrase file " + file + ": " + e.getMessage());
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            char[] line = new char[end];
            chars.get(line, 0, end);
            if (end == 0) {
                throw new UserError("passphrase file " + file + " has an empty first line");
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new UserError("passphrase file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null) {
                chars.clear();
                while (chars.hasRemaining()) {
                    chars.put('\0');
                }
            }
        }
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
