package org.neuromtj.tools.cli;

/** A problem with the user's input, reported as one line without a stack trace. */
final class UsageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit status for bad input: a missing or malformed file or argument. */
    static final int BAD_INPUT = 2;

    private final int exitStatus;

    UsageFailure(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    int exitStatus() {
        return exitStatus;
    }
}
