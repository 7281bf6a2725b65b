package org.neuromtj.chip;

/** A snapshot that cannot be restored; the message names the file and the fault. */
public final class SnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and the fault */
    public SnapshotException(String message) {
        super(message);
    }
}
