package io.countersign.services.intake;

import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.persistence.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Hands a draft the intake read to whoever holds the workspace: written into its {@code inbox/}
 * as a hidden {@code .tmp} file (which the {@link Inbox} ignores), forced to disk, then renamed in
 * one step to {@code mcp-<id>-r<revision>-<digest>.json}. The workbench's {@link InboxWatcher}
 * imports it on arrival; a later open of the workspace sweeps it otherwise. The inbox reads it
 * strictly again, so nothing is trusted for having passed here.
 */
public final class InboxDelivery {
    private InboxDelivery() {}

    /** Inbox files an assistant delivered start so; the importer holds them to the assistant's rule. */
    public static final String PREFIX = "mcp-";

    /** Whether an inbox file was delivered by an assistant (and may only revise that assistant's drafts). */
    public static boolean delivered(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(PREFIX);
    }

    /** Writes the draft into the workspace folder's inbox; returns the file. Same content, same name. */
    public static Path deliver(Path workspaceDirectory, AssistantIntake.ReadDraft read) {
        byte[] canonical = CanonicalJson.canonicalize(read.json());
        String name = PREFIX + fileSafe(read.draft().id()) + "-r"
                + String.format(Locale.ROOT, "%010d", read.draft().revision()) + "-"
                + Digest.sha256(canonical).hex().substring(0, 16) + ".json";
        Path inbox = workspaceDirectory.resolve(Workspace.INBOX);
        try {
            Files.createDirectories(inbox);
            Path temp = Files.createTempFile(inbox, ".mcp-", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(canonical);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Path target = inbox.resolve(name);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return target;
            } finally {
                // Gone after the move; left over only when writing or moving failed.
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** The id with anything but letters, digits, dot, dash and underscore replaced, at most 64 characters. */
    static String fileSafe(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }
}
