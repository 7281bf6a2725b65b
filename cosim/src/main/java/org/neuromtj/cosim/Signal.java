package org.neuromtj.cosim;

/**
 * One port of a clocked block, carried as one 32-bit word per cycle.
 *
 * @param name  the port's name in the RTL
 * @param width its bits, 1 to 32
 */
public record Signal(String name, int width) {
    public Signal {
        if (width < 1 || width > 32) {
            throw new IllegalArgumentException("signal " + name + ": width " + width + " outside 1..32");
        }
    }

    /** @return the bits of a word this signal carries */
    public int mask() {
        return width == 32 ? -1 : (1 << width) - 1;
    }
}
