package org.neuromtj.chip.device;

/**
 * The measured single-pulse switching curve of the SOT-MTJ paper (002, Fig. 2c): P_sw is a sigmoid of
 * the pulse amplitude, 1 / (1 + exp(−k·(|V| − V50))), fitted at one pulse width. For another width
 * the switching is treated as a Poisson process whose rate the fit fixes: P(t) = 1 − (1 − P_ref)^(t /
 * t_ref), which reproduces the fit at its own width.
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
        double at(double amplitudeV) {
            return 1 / (1 + Math.exp(-slopePerV * (Math.abs(amplitudeV) - midpointV)));
        }
    }

    @Override
    public double probability(double amplitudeV, double widthNs, Direction toward) {
        double reference = (toward == Direction.TO_PARALLEL ? toParallel : toAntiparallel).at(amplitudeV);
        if (widthNs == fitWidthNs || reference >= 1) {
            return reference;
        }
        return -Math.expm1(widthNs / fitWidthNs * Math.log1p(-reference));
    }
}
