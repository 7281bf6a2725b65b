package org.neuromtj.isa.regs;

/** The register description is malformed; the message names the file, the element and the problem. */
public final class RegisterDescriptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file, the element and the problem */
    public RegisterDescriptionException(String message) {
        super(message);
    }
}
