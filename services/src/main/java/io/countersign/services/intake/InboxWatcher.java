package io.countersign.services.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sweeps the inbox when files arrive, on one background (daemon) thread. A file still being
 * written is left alone until the inbox has been quiet, and every file's size and modification
 * time unchanged, for one settle period. Reports go to the listener on the watcher's thread; a
 * GUI hands them to its own thread.
 */
public final class InboxWatcher implements AutoCloseable {

    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(750);

    private final Inbox inbox;
    private final Duration settle;
    private final Consumer<SweepReport> listener;
    private final Consumer<RuntimeException> failures;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean running = true;

    private InboxWatcher(
            Inbox inbox, Duration settle, Consumer<SweepReport> listener, Consumer<RuntimeException> failures)
            throws IOException {
        this.inbox = inbox;
        this.settle = settle;
        this.listener = listener;
        this.failures = failures;
        Files.createDirectories(inbox.folder());
        this.watcher = inbox.folder().getFileSystem().newWatchService();
        inbox.folder().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = Thread.ofPlatform().daemon().name("countersign-inbox").unstarted(this::run);
    }

    /**
     * Starts watching; files already in the inbox are swept first.
     *
     * @param listener receives each non-empty sweep's report
     * @param failures receives a sweep that failed as a whole (the watcher keeps going)
     */
    public static InboxWatcher start(
            Inbox inbox, Duration settle, Consumer<SweepReport> listener, Consumer<RuntimeException> failures) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(failures, "failures");
        try {
            InboxWatcher watcher = new InboxWatcher(inbox, settle, listener, failures);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the inbox " + inbox.folder(), e);
        }
    }

    private void run() {
        sweepWhenSettled();
        try {
            while (running) {
                WatchKey key = watcher.take();
                drain(key);
                sweepWhenSettled();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    /** Waits until no event arrived and no file changed for one settle period, then sweeps. */
    private void sweepWhenSettled() {
        try {
            Map<Path, List<Object>> before = state();
            while (running) {
                WatchKey key = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    drain(key);
                    before = state();
                    continue;
                }
                Map<Path, List<Object>> now = state();
                if (now.equals(before)) {
                    break;
                }
                before = now;
            }
            if (!running) {
                return;
            }
            SweepReport report = inbox.sweep();
            if (!report.isEmpty()) {
                listener.accept(report);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            running = false;
        } catch (RuntimeException e) {
            failures.accept(e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private Map<Path, List<Object>> state() {
        Map<Path, List<Object>> state = new HashMap<>();
        for (Path file : inbox.candidates()) {
            try {
                state.put(file, List.of(Files.size(file), Files.getLastModifiedTime(file)));
            } catch (IOException e) {
                state.put(file, List.of(-1L));
            }
        }
        return state;
    }

    @Override
    public void close() {
        running = false;
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing to release beyond the service itself
        }
        // No interrupt: a sweep may be inside H2, whose file channel an interrupt would close.
        // Closing the watch service wakes the thread; a running sweep finishes first.
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
