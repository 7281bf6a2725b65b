package org.neuromtj.chip.elf;

/** A firmware file cannot be loaded; the message names the file and the problem in one line. */
public final class ElfException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message the file and the problem */
    public ElfException(String message) {
        super(message);
    }
}
