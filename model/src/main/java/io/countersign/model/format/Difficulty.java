package io.countersign.model.format;

/** How hard a training case is. */
public enum Difficulty implements Coded {
    INTRODUCTORY("introductory"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String code;

    Difficulty(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
