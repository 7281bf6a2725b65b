package org.neuromtj.tools.nvm;

/** An NVM file that cannot be loaded; the message names the file and the fault. No cell was changed. */
public final class NvmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and the fault */
    public NvmException(String message) {
        super(message);
    }
}
