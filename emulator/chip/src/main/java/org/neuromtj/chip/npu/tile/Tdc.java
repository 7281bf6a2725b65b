package org.neuromtj.chip.npu.tile;

/**
 * The digital TDCs of a tile: counters that stop when a string's comparator fires, per-converter offset
 * and gain trims, saturation, and the mux that lets each converter serve several strings in turn. The
 * Java model and the RTL proxy both implement it; the analog charging stays in {@link StringCharging}.
 */
public interface Tdc {

    /** @return width and sharing */
    TdcConfig config();

    /** @return how many converters there are */
    int converters();

    /** @return the converter that serves a string: each serves {@code sharing} neighbouring strings */
    default int converterOf(int string) {
        return string / config().sharing();
    }

    /** @return a converter's offset register */
    int offset(int converter);

    /** @return a converter's gain register, unity = 256 */
    int gain(int converter);

    /**
     * @param converter the converter
     * @param value     raw counts subtracted before the gain, 0 to 65535
     */
    void setOffset(int converter, int value);

    /**
     * @param converter the converter
     * @param value     gain in 1/256ths, 1 to 65535 (0 acts as 1)
     */
    void setGain(int converter, int value);

    /** Clears every offset and sets every gain to unity. */
    void reset();

    /**
     * @param converter the converter whose registers apply
     * @param crossing  the TDC period in which the comparator fired
     * @return the trimmed, clamped code
     */
    int code(int converter, long crossing);

    /**
     * Converts the strings of the segments that were read.
     *
     * @param crossings  each string's crossing period, −1 for strings not read
     * @param drivenRows driven rows per segment
     * @return the codes and the read's latency
     */
    Conversion convert(long[] crossings, int[] drivenRows);
}
