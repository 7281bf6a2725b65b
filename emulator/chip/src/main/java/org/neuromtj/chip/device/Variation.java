package org.neuromtj.chip.device;

/**
 * The non-idealities of a population of junctions.
 *
 * @param sigmaLogR              σ of ln R_P from device to device (log-normal, mean kept at nominal)
 * @param sigmaTmr               σ of the TMR ratio from device to device (normal)
 * @param readNoiseSigma         cycle-to-cycle read noise, σ relative to the junction's resistance
 * @param readDisturbProbability chance that one read of a cell pushes it one level toward parallel
 * @param enduranceCycles        write pulses a cell survives; after that it is stuck where it is
 * @param sigmaThermalStability  σ of Δ from device to device, relative to the nominal Δ (normal)
 * @param sigmaCriticalCurrent   σ of I_c0 from device to device, relative to the nominal I_c0 (normal)
 * @param sigmaLogAttemptTime    σ of ln τ0 from device to device (log-normal, median at nominal)
 */
public record Variation(double sigmaLogR, double sigmaTmr, double readNoiseSigma,
                        double readDisturbProbability, double enduranceCycles, double sigmaThermalStability,
                        double sigmaCriticalCurrent, double sigmaLogAttemptTime) {

    /**
     * Resistance spreads, noise, disturb and endurance, with every junction switching as the nominal one.
     *
     * @param sigmaLogR              σ of ln R_P
     * @param sigmaTmr               σ of the TMR ratio
     * @param readNoiseSigma         relative read noise
     * @param readDisturbProbability read disturb per cell read
     * @param enduranceCycles        write pulses a cell survives
     */
    public Variation(double sigmaLogR, double sigmaTmr, double readNoiseSigma, double readDisturbProbability,
                     double enduranceCycles) {
        this(sigmaLogR, sigmaTmr, readNoiseSigma, readDisturbProbability, enduranceCycles, 0, 0, 0);
    }

    /** @return identical, noiseless, undisturbable junctions that never wear out */
    public static Variation ideal() {
        return new Variation(0, 0, 0, 0, Double.POSITIVE_INFINITY);
    }

    /** @return whether any device-to-device spread or read noise is present */
    public boolean isIdeal() {
        return sigmaLogR == 0 && sigmaTmr == 0 && readNoiseSigma == 0 && readDisturbProbability == 0
                && !spreadsSwitching();
    }

    /** @return whether junctions differ in Δ, I_c0 or τ0 */
    public boolean spreadsSwitching() {
        return sigmaThermalStability != 0 || sigmaCriticalCurrent != 0 || sigmaLogAttemptTime != 0;
    }

    /** @return a copy with another σ of ln R_P */
    public Variation withSigmaLogR(double sigma) {
        return new Variation(sigma, sigmaTmr, readNoiseSigma, readDisturbProbability, enduranceCycles,
                sigmaThermalStability, sigmaCriticalCurrent, sigmaLogAttemptTime);
    }
}
