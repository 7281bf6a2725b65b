package org.neuromtj.chip.npu.tile;

/**
 * The TDCs of a tile.
 *
 * @param bits     width of the output code
 * @param sharing  strings converted one after another by each TDC (its mux factor)
 */
public record TdcConfig(int bits, int sharing) {
    /** Fraction bits of the gain register: a gain of {@code 1 << GAIN_FRACTION_BITS} is unity. */
    public static final int GAIN_FRACTION_BITS = 8;
    /** Unity gain. */
    public static final int UNITY_GAIN = 1 << GAIN_FRACTION_BITS;

    public TdcConfig {
        if (bits < 1 || bits > 16 || sharing < 1) {
            throw new IllegalArgumentException("TDC bits " + bits + " or sharing " + sharing);
        }
    }

    /** @return the largest code */
    public int maxCode() {
        return (1 << bits) - 1;
    }
}
