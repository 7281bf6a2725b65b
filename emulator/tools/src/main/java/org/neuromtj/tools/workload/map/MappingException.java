package org.neuromtj.tools.workload.map;

/** A network that does not fit the chip; the message says what does not fit and what would. */
public final class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what does not fit */
    public MappingException(String message) {
        super(message);
    }
}
