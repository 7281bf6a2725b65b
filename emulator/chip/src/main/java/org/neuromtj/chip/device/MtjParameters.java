package org.neuromtj.chip.device;

/**
 * The nominal magnetic tunnel junction of a technology.
 *
 * @param raOhmUm2               resistance-area product of the tunnel barrier in the parallel state
 * @param diameterNm             diameter of the circular pillar
 * @param tmr                    tunnel magnetoresistance ratio (R_AP − R_P) / R_P, review eq. 2
 * @param temperatureK           operating temperature
 * @param thermalStability       Δ = E_b / k_B·T at the operating temperature
 * @param attemptTimeNs          τ0, the inverse attempt frequency of Néel–Brown relaxation
 * @param criticalCurrentUa      I_c0, the write current at which the barrier vanishes (review eq. 4)
 * @param writeLineResistanceOhm resistance of the heavy-metal SOT line a write pulse drives
 * @param levels                 resistance levels a cell can hold: 2 for a binary P/AP cell, more for
 *                               the multi-domain exchange-bias synapse (001: over 25)
 * @param tmrHalfVoltageV        V_h of the TMR's bias dependence, TMR(V) = TMR0 / (1 + V²/V_h²), at which
 *                               the TMR has halved; infinite for a TMR that does not depend on the bias
 */
public record MtjParameters(double raOhmUm2, double diameterNm, double tmr, double temperatureK,
                            double thermalStability, double attemptTimeNs, double criticalCurrentUa,
                            double writeLineResistanceOhm, int levels, double tmrHalfVoltageV) {

    /** @return the pillar's area in µm² */
    public double areaUm2() {
        double radiusUm = diameterNm * 1e-3 / 2;
        return Math.PI * radiusUm * radiusUm;
    }

    /** @return R_P = RA / area */
    public double resistancePOhm() {
        return raOhmUm2 / areaUm2();
    }

    /** @return R_AP = R_P·(1 + TMR) */
    public double resistanceApOhm() {
        return resistancePOhm() * (1 + tmr);
    }

    /** @return the mean dwell time in either state without current, τ0·exp(Δ) (review eq. 4 at I = 0) */
    public double retentionTimeNs() {
        return attemptTimeNs * Math.exp(thermalStability);
    }

    /**
     * @param biasV the voltage across the junction
     * @return the fraction of its TMR a junction keeps at that bias, 1 / (1 + V²/V_h²)
     */
    public double tmrFactor(double biasV) {
        double r = biasV / tmrHalfVoltageV;
        return 1 / (1 + r * r);
    }

    /**
     * @param biasV the voltage across the junction
     * @return the junction as a read at that bias sees it: its TMR reduced by {@link #tmrFactor}
     */
    public MtjParameters atBias(double biasV) {
        return withTmr(tmr * tmrFactor(biasV));
    }

    /** @return a copy holding {@code n} levels per cell */
    public MtjParameters withLevels(int n) {
        return new MtjParameters(raOhmUm2, diameterNm, tmr, temperatureK, thermalStability, attemptTimeNs,
                criticalCurrentUa, writeLineResistanceOhm, n, tmrHalfVoltageV);
    }

    /** @return a copy with another zero-bias TMR */
    public MtjParameters withTmr(double ratio) {
        return new MtjParameters(raOhmUm2, diameterNm, ratio, temperatureK, thermalStability, attemptTimeNs,
                criticalCurrentUa, writeLineResistanceOhm, levels, tmrHalfVoltageV);
    }

    /** @return a copy with another resistance-area product */
    public MtjParameters withRaOhmUm2(double ra) {
        return new MtjParameters(ra, diameterNm, tmr, temperatureK, thermalStability, attemptTimeNs,
                criticalCurrentUa, writeLineResistanceOhm, levels, tmrHalfVoltageV);
    }
}
