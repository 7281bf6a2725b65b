package org.neuromtj.sweep.spec;

/** A sweep that cannot run as written: the message names the file and what is wrong. */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong */
    public SpecException(String message) {
        super(message);
    }
}
