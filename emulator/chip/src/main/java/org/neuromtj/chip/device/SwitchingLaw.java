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
     * @return whether the write current flows through the junction itself (spin-transfer torque), so that a
     *         cell's row and column drivers each supply part of its voltage and every cell sharing a driven
     *         line sees a part too; false for a separate write line (spin-orbit torque)
     */
    default boolean throughJunction() {
        return false;
    }
}
