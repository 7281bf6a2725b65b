package org.neuromtj.chip.npu.tile;

/**
 * The TDC codes of one crossbar read. Its arrays belong to the converters and the crossbar and are
 * rewritten by the tile's next read: a caller that keeps them copies them.
 *
 * @param codes      code of each string (0 for strings of segments not read)
 * @param saturated  whether each string's code hit full scale or zero
 * @param drivenRows driven rows per segment, as read
 * @param cycles       NPU cycles from the start of charging until the last TDC finished
 * @param chargeCycles the part of them the strings spent charging to the comparator's threshold; the rest is
 *                     the converters' decisions and latches, and the rounding to the NPU's clock
 */
public record Conversion(int[] codes, boolean[] saturated, int[] drivenRows, long cycles, long chargeCycles) {
}
