package org.neuromtj.tools.workload.files;

/**
 * A workload file that cannot be used — a dataset file missing or corrupt, a model file or chip image of
 * another format or version, failing its checksum, or made for another chip. The message names the
 * file and the mismatch.
 */
public final class WorkloadFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong with it */
    public WorkloadFileException(String message) {
        super(message);
    }

    /**
     * @param message the file and what is wrong with it
     * @param cause   the underlying failure
     */
    public WorkloadFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
