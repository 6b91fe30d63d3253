package io.countersign.benchmarks.gui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/**
 * Steps run one per pulse at its start (an {@link AnimationTimer} runs before the pulse's CSS, layout
 * and rendering). A timed step is measured from its call to the start of the next pulse, so it
 * includes the frame that shows its effect; with {@code javafx.animation.fullspeed} pulses follow
 * each other at once, so that time is the work, not the 60 Hz grid.
 */
final class PulseScript extends AnimationTimer {
    private final Deque<Step> steps = new ArrayDeque<>();
    private Consumer<Throwable> failed;
    private long calledAt;
    private DoubleConsumer pending;
    private long waitingSince;

    private interface Step {
        /** @return true when done; false to be called again next pulse */
        boolean run();
    }

    void step(Runnable action) {
        steps.add(() -> {
            action.run();
            return true;
        });
    }

    void timed(Runnable action, DoubleConsumer millis) {
        steps.add(() -> {
            pending = millis;
            calledAt = System.nanoTime();
            action.run();
            return true;
        });
    }

    void idle(int pulses) {
        for (int i = 0; i < pulses; i++) {
            step(() -> {});
        }
    }

    void waitUntil(BooleanSupplier condition, String what) {
        steps.add(() -> {
            if (waitingSince == 0) {
                waitingSince = System.nanoTime();
            }
            if (condition.getAsBoolean()) {
                waitingSince = 0;
                return true;
            }
            if (System.nanoTime() - waitingSince > 600_000_000_000L) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            return false;
        });
    }

    void start(Consumer<Throwable> onFailure) {
        failed = onFailure;
        start();
    }

    @Override
    public void handle(long now) {
        long pulseStart = System.nanoTime();
        if (pending != null) {
            DoubleConsumer report = pending;
            pending = null;
            report.accept((pulseStart - calledAt) / 1e6);
        }
        try {
            Step next = steps.peek();
            if (next == null) {
                stop();
            } else if (next.run()) {
                steps.poll();
            }
        } catch (RuntimeException | Error e) {
            stop();
            failed.accept(e);
        }
    }
}
