package org.neuromtj.tools.nir;

/** A NIR file, graph or input that cannot be read, run or lowered; the message names the file or node and why. */
public final class NirException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the node */
    public NirException(String message) {
        super(message);
    }
}
