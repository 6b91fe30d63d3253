package io.countersign.model.read;

/** Where a value sits in its file: 1-based line and column, and the JSON pointer to it. */
public record SourcePosition(int line, int column, String pointer) {

    public String describe() {
        return line + ":" + column + " at " + (pointer.isEmpty() ? "/" : pointer);
    }
}
