package org.neuromtj.chip.device;

/**
 * The measured single-pulse switching curve of the SOT-MTJ paper (002, Fig. 2c): P_sw is a sigmoid of
 * the pulse amplitude, 1 / (1 + exp(−k·(|V| − V50))), fitted at one pulse width. For another width
 * the switching is treated as a Poisson process whose rate the fit fixes: P(t) = 1 − (1 − P_ref)^(t /
 * t_ref), which reproduces the fit at its own width. A junction whose critical current differs by a
 * factor switches at a midpoint moved by it; one whose barrier differs, with a slope sharpened by it (the
 * spread of thermally activated switching narrows as Δ grows); the fit, made at one width, says nothing of
 * τ0, which it leaves out.
 *
 * @param toParallel     fit of the AP→P curve
 * @param toAntiparallel fit of the P→AP curve
 * @param fitWidthNs     pulse width of the measurement
 */
public record SigmoidLaw(Fit toParallel, Fit toAntiparallel, double fitWidthNs) implements SwitchingLaw {

    /**
     * @param midpointV  V50, the amplitude switching half of the pulses
     * @param slopePerV  k, the steepness
     */
    public record Fit(double midpointV, double slopePerV) {
    }

    @Override
    public double probability(double amplitudeV, double widthNs, Direction toward, DeviceSpread junction) {
        Fit fit = toward == Direction.TO_PARALLEL ? toParallel : toAntiparallel;
        double reference = 1 / (1 + Math.exp(-fit.slopePerV() * junction.thermalStability()
                * (Math.abs(amplitudeV) - fit.midpointV() * junction.criticalCurrent())));
        if (widthNs == fitWidthNs || reference >= 1) {
            return reference;
        }
        return -Math.expm1(widthNs / fitWidthNs * Math.log1p(-reference));
    }
}
