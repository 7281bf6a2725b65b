package org.neuromtj.chip.device;

/** The probability that one write pulse switches a junction. */
public interface SwitchingLaw {

    /**
     * @param amplitudeV pulse amplitude across the SOT line (its sign is carried by {@code toward})
     * @param widthNs    pulse width
     * @param toward     the state the pulse drives toward
     * @return the switching probability, in [0, 1]
     */
    double probability(double amplitudeV, double widthNs, Direction toward);
}
