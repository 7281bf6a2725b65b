package org.neuromtj.cosim;

/** An RTL block could not be loaded, bound or run; the message names the block and what to do. */
public final class RtlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the block */
    public RtlException(String message) {
        super(message);
    }
}
