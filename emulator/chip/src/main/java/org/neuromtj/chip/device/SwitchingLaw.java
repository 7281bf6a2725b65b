package org.neuromtj.chip.device;

/** The probability that one write pulse switches a junction. */
public interface SwitchingLaw {

    /**
     * @param amplitudeV pulse amplitude across the write path (its sign is carried by {@code toward})
     * @param widthNs    pulse width
     * @param toward     the state the pulse drives toward
     * @param junction   how this junction's Δ, I_c0 and τ0 differ from the nominal ones
     * @return the switching probability, in [0, 1]
     */
    double probability(double amplitudeV, double widthNs, Direction toward, DeviceSpread junction);

    /**
     * @param amplitudeV pulse amplitude across the write path (its sign is carried by {@code toward})
     * @param widthNs    pulse width
     * @param toward     the state the pulse drives toward
     * @return the switching probability of the nominal junction, in [0, 1]
     */
    default double probability(double amplitudeV, double widthNs, Direction toward) {
        return probability(amplitudeV, widthNs, toward, DeviceSpread.NOMINAL);
    }

    /**
     * The inverse of the law for the nominal junction: the amplitude a learning register would be set to for
     * a switching probability (the probability grows with the amplitude, so bisection finds it).
     *
     * @param p       the switching probability wanted
     * @param widthPs the pulse width
     * @param toward  the state the pulse drives toward
     * @return the amplitude in whole millivolts, 1 to 65535 (the registers' range), whose probability is
     *         nearest {@code p}
     */
    default int millivoltsFor(double p, int widthPs, Direction toward) {
        int lo = 1;
        int hi = 65_535;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (probability(mid / 1e3, widthPs / 1e3, toward) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.abs(probability(lo / 1e3, widthPs / 1e3, toward) - p)
                < Math.abs(probability(hi / 1e3, widthPs / 1e3, toward) - p) ? lo : hi;
    }

    /**
     * @return whether the write current flows through the junction itself (spin-transfer torque), so that a
     *         cell's row and column drivers each supply part of its voltage and every cell sharing a driven
     *         line sees a part too; false for a separate write line (spin-orbit torque)
     */
    default boolean throughJunction() {
        return false;
    }
}
