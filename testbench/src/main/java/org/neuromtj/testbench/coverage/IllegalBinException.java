package org.neuromtj.testbench.coverage;

/** A sampled value fell in a bin that must never be hit. */
public final class IllegalBinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param point the coverpoint
     * @param bin   the illegal bin
     * @param value the value sampled
     */
    public IllegalBinException(String point, String bin, long value) {
        super("coverpoint " + point + ": illegal bin " + bin + " hit by value " + value);
    }
}
