package io.countersign.app;

/** Entry point; on the plain classpath it must not extend {@code Application}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
