package io.countersign.app.decision;

import io.countersign.model.decision.DecisionProblem;

/** Why signing is not possible yet, in a heading a reviewer scans and the rule's own sentence. */
public record BlockingReason(String heading, String detail) {

    static BlockingReason of(DecisionProblem problem) {
        String heading = switch (problem.code()) {
            case INDEPENDENCE -> "You may not decide this draft";
            case STALE_REVISION -> "A newer revision exists";
            case ALREADY_DECIDED -> "Already decided";
            case JUSTIFICATION_REQUIRED -> "Write a justification";
            case ACKNOWLEDGEMENT_REQUIRED -> "Acknowledge the serious findings";
            case MITIGATION_REQUIRED, MITIGATION_NOT_VALID -> "Choose a valid mitigating control";
            case LINE_ITEMS_INVALID -> "Check the line items";
            case KEY_NOT_REGISTERED -> "Your signing key is not registered";
            case STORE_BROKEN -> "The evidence store fails verification";
        };
        return new BlockingReason(heading, sentence(problem.message()));
    }

    static BlockingReason chooseOutcome() {
        return new BlockingReason(
                "Choose an outcome",
                "Approve, approve reduced, reject or request changes: the choice is yours, "
                        + "never pre-set from the assistant's advice.");
    }

    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    @Override
    public String toString() {
        return heading + ": " + detail;
    }
}
