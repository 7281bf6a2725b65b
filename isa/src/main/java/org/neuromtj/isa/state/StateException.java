package org.neuromtj.isa.state;

/** A saved state that does not fit what reads it: truncated, of another shape, or out of order. */
public final class StateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what does not fit, and where */
    public StateException(String message) {
        super(message);
    }
}
