package io.countersign.app.workspace;

/** Someone this window can sign as: an approver with a current key in the workspace. */
public record Approver(String id, String name) {

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
