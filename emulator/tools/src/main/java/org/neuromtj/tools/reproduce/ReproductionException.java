package org.neuromtj.tools.reproduce;

/** An experiment could not run: a file it needs is missing or bad, or the firmware failed. */
public final class ReproductionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the file or the run
     * @param cause   the underlying fault, or null
     */
    public ReproductionException(String message, Throwable cause) {
        super(message, cause);
    }
}
