package org.neuromtj.chip.npu.tile;

/**
 * The result of one crossbar read: every string's resistance, and which segments took part. A string
 * of a segment whose rows were all undriven is not charged (the tile gates its read), so it has no
 * resistance to convert.
 *
 * @param resistanceOhm resistance of each string, indexed by {@link CrossbarGeometry#string}
 * @param drivenRows    driven rows in each segment; 0 means the segment was not read
 */
public record StringRead(double[] resistanceOhm, int[] drivenRows) {
}
