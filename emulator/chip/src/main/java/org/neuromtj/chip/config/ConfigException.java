package org.neuromtj.chip.config;

/** A configuration or technology file that cannot be used; the message names the file, key and problem. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message file, key and what is wrong with it */
    public ConfigException(String message) {
        super(message);
    }
}
