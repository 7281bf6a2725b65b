package org.neuromtj.chip.npu.tile;

/**
 * How the SOT write driver programs cells.
 *
 * @param amplitudeV pulse amplitude across the SOT line
 * @param widthNs    pulse width
 * @param verify     whether each pulse is followed by a read and repeated until the level is right
 * @param maxRetries pulses per cell that may fail to move it before the cell is reported as failed
 */
public record WriteDriverConfig(double amplitudeV, double widthNs, boolean verify, int maxRetries) {
}
