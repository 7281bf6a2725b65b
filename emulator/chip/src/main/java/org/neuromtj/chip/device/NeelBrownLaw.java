package org.neuromtj.chip.device;

/**
 * Thermally activated switching over a current-lowered barrier: τ = τ0·exp[Δ·(1 − I/I_c0)^b] and
 * P_sw = 1 − exp(−t/τ) (review 003, eq. 4 and 5; the exponent b is 1, 1.5 or 2 in the literature).
 * It holds in the thermal regime, for pulses much longer than τ0; above I_c0 the barrier is gone and
 * the junction switches within τ0.
 *
 * @param device      the junction; its thermal stability and attempt time set the rates
 * @param exponent    b, the barrier-lowering exponent
 */
public record NeelBrownLaw(MtjParameters device, double exponent) implements SwitchingLaw {

    @Override
    public double probability(double amplitudeV, double widthNs, Direction toward, DeviceSpread junction) {
        double currentUa = Math.abs(amplitudeV) / device.writeLineResistanceOhm() * 1e6;
        return probabilityAtCurrent(currentUa, widthNs, device.thermalStability() * junction.thermalStability(),
                junction);
    }

    /**
     * @param currentUa        current through the write path
     * @param widthNs          how long it flows
     * @param thermalStability Δ at the junction's present temperature
     * @return the nominal junction's switching probability
     */
    public double probabilityAtCurrent(double currentUa, double widthNs, double thermalStability) {
        return probabilityAtCurrent(currentUa, widthNs, thermalStability, DeviceSpread.NOMINAL);
    }

    private double probabilityAtCurrent(double currentUa, double widthNs, double thermalStability,
                                        DeviceSpread junction) {
        double lowered = Math.max(0, 1 - currentUa / (device.criticalCurrentUa() * junction.criticalCurrent()));
        double tauNs = device.attemptTimeNs() * junction.attemptTime()
                * Math.exp(thermalStability * Math.pow(lowered, exponent));
        return -Math.expm1(-widthNs / tauNs);
    }
}
