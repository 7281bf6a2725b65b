package org.neuromtj.chip.device;

/**
 * The non-idealities of a population of junctions.
 *
 * @param sigmaLogR              σ of ln R_P from device to device (log-normal, mean kept at nominal)
 * @param sigmaTmr               σ of the TMR ratio from device to device (normal)
 * @param readNoiseSigma         cycle-to-cycle read noise, σ relative to the junction's resistance
 * @param readDisturbProbability chance that one read of a cell pushes it one level toward parallel
 * @param enduranceCycles        write pulses a cell survives; after that it is stuck where it is
 */
public record Variation(double sigmaLogR, double sigmaTmr, double readNoiseSigma,
                        double readDisturbProbability, double enduranceCycles) {

    /** @return identical, noiseless, undisturbable junctions that never wear out */
    public static Variation ideal() {
        return new Variation(0, 0, 0, 0, Double.POSITIVE_INFINITY);
    }

    /** @return whether any device-to-device spread or read noise is present */
    public boolean isIdeal() {
        return sigmaLogR == 0 && sigmaTmr == 0 && readNoiseSigma == 0 && readDisturbProbability == 0;
    }
}
