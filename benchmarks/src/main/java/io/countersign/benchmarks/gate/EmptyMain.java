package io.countersign.benchmarks.gate;

/** The floor of a fresh process: a JVM that starts on the same class path and exits at once. */
public final class EmptyMain {
    private EmptyMain() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
