package org.neuromtj.chip.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuromtj.chip.ledger.Technology;

class SwitchingTest {
    private static final int PULSES = 20_000;
    private static final Technology TECH = Technology.defaults();

    /** Fresh antiparallel cells, one pulse each toward parallel: the fraction that switched. */
    private static long switchedByOnePulse(SwitchingLaw law, double amplitudeV, double widthNs, long seed) {
        // Junctions that all switch as the nominal one: the law itself is what is measured.
        MtjCells cells = new MtjCells(PULSES, TECH.device(), Variation.ideal(), seed, "cells");
        long switched = 0;
        for (int i = 0; i < PULSES; i++) {
            switched += cells.pulse(i, amplitudeV, widthNs, Direction.TO_PARALLEL, law) ? 1 : 0;
        }
        return switched;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.85, 0.88, 0.894, 0.91, 0.95})
    void measuredSigmoidSwitchingMatchesTheFitWithin99PercentBinomialInterval(double amplitudeV) {
        SigmoidLaw law = (SigmoidLaw) TECH.switching();
        double p = 1 / (1 + Math.exp(-44.6 * (amplitudeV - 0.894)));
        assertEquals(p, law.probability(amplitudeV, 0.75, Direction.TO_PARALLEL), 1e-12);
        Binomial.assertWithin99("sigmoid at " + amplitudeV + " V", PULSES, p,
                switchedByOnePulse(law, amplitudeV, 0.75, 17));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.75, 0.8, 0.85})
    void neelBrownSwitchingFollowsThermalActivationOverTheLoweredBarrier(double currentRatio) {
        // A low-barrier junction so that every probability is measurable with 2·10^4 pulses.
        MtjParameters device = new MtjParameters(6.16, 40, 1.0, 300, 20, 1.0, 1000, 776, 2, Double.POSITIVE_INFINITY);
        NeelBrownLaw law = new NeelBrownLaw(device, 1.0);
        double widthNs = 1e4;
        double amplitudeV = currentRatio * 1000e-6 * 776;
        double tau = 1.0 * Math.exp(20 * (1 - currentRatio));
        double p = 1 - Math.exp(-widthNs / tau);
        assertEquals(p, law.probability(amplitudeV, widthNs, Direction.TO_PARALLEL), 1e-9);
        Binomial.assertWithin99("Néel–Brown at I/Ic = " + currentRatio, PULSES, p,
                switchedByOnePulse(law, amplitudeV, widthNs, 23));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 1.5, 3.0})
    void sigmoidAtAnotherWidthActsAsAPoissonProcessOfTheFittedRate(double widthNs) {
        SigmoidLaw law = (SigmoidLaw) TECH.switching();
        double atFit = law.probability(0.88, 0.75, Direction.TO_PARALLEL);
        double expected = 1 - Math.pow(1 - atFit, widthNs / 0.75);
        assertEquals(expected, law.probability(0.88, widthNs, Direction.TO_PARALLEL), 1e-12);
    }

    @Test
    void aPulseOutcomeDependsOnlyOnTheCellAndItsOwnPulseCountNotOnWriteOrder() {
        SwitchingLaw law = TECH.switching();
        MtjCells forward = new MtjCells(1000, TECH.device(), TECH.variation(), 5, "x");
        MtjCells backward = new MtjCells(1000, TECH.device(), TECH.variation(), 5, "x");
        for (int i = 0; i < 1000; i++) {
            forward.pulse(i, 0.894, 0.75, Direction.TO_PARALLEL, law);
            backward.pulse(999 - i, 0.894, 0.75, Direction.TO_PARALLEL, law);
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(forward.level(i), backward.level(i), "cell " + i);
        }
    }

    /** The law's inverse gives the measured device's 50 % point, and for any probability the nearest millivolt. */
    @Test
    void theAmplitudeForAProbabilityIsTheNearestWholeMillivoltOfTheLawsInverse() {
        SwitchingLaw law = TECH.switching();
        assertEquals(894, law.millivoltsFor(0.5, 750, Direction.TO_PARALLEL));
        for (double p : new double[] {0.02, 0.3, 0.9}) {
            int mv = law.millivoltsFor(p, 750, Direction.TO_ANTIPARALLEL);
            double at = law.probability(mv / 1e3, 0.75, Direction.TO_ANTIPARALLEL);
            assertTrue(law.probability((mv - 1) / 1e3, 0.75, Direction.TO_ANTIPARALLEL) < at
                    && Math.abs(at - p) <= Math.abs(law.probability((mv + 1) / 1e3, 0.75, Direction.TO_ANTIPARALLEL) - p)
                    && Math.abs(at - p) <= Math.abs(law.probability((mv - 1) / 1e3, 0.75, Direction.TO_ANTIPARALLEL) - p),
                    "p " + p + ": " + mv + " mV gives " + at);
        }
    }
}
