package io.countersign.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the result back on it. View models take one so tests
 * can swap in {@link SameThreadTaskExecutor} and stay free of threads and the toolkit.
 */
public interface TaskExecutor {

    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands a part result from running work to the FX thread, in order, ahead of the work's own
     * {@code onSuccess}. Same-thread executors run it at once.
     */
    default void deliver(Runnable action) {
        action.run();
    }

    /** Stops accepting work; running work is left to finish. */
    default void shutdown() {}
}
