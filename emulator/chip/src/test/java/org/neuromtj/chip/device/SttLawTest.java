package org.neuromtj.chip.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The STT law against its equations, on the compact-model figures of device-figures.md. */
class SttLawTest {
    /** Ø 40 nm, TMR 120 %, 300 K, τ0 1 ns; Δ and I_c given here are deliberately wrong: the law must not use them. */
    private static final MtjParameters DEVICE = new MtjParameters(5, 40, 1.2, 300, 99, 1, 999, 776, 2,
            Double.POSITIVE_INFINITY);
    private static final SttLaw LAW = new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 1);

    @Test
    void vcmaScalesTheBarrierAndCriticalCurrentByTheInterfaceEnergyTheVoltageAdds() {
        // ξ = 100 fJ/(V·m), t_ox 1.1 nm: at 0.5 V the interface energy changes by ξ·(V/t_ox)·π·(20 nm)².
        SttLaw vcma = new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 1, 100, 1.1);
        double change = 100e-15 * 0.5 / 1.1e-9 * Math.PI * 20e-9 * 20e-9;
        double barrier = LAW.thermalStability() * 1.380649e-23 * 300;
        assertEquals(1 - change / barrier, vcma.vcmaFactor(0.5, Direction.TO_PARALLEL), 1e-12);
        assertEquals(1 + change / barrier, vcma.vcmaFactor(0.5, Direction.TO_ANTIPARALLEL), 1e-12);
        double f = 1 - change / barrier;
        assertEquals(LAW.probability(0.5, 3, Direction.TO_PARALLEL, new DeviceSpread(f, f, 1)),
                vcma.probability(0.5, 3, Direction.TO_PARALLEL), 1e-15, "the barrier and I_c0 both scaled");
        assertEquals(LAW.probability(0.5, 3, Direction.TO_PARALLEL), new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 1, 0,
                1.1).probability(0.5, 3, Direction.TO_PARALLEL), 0, "no coefficient, no effect");
    }

    @Property(tries = 200)
    void evenWhereVcmaAlmostRemovesTheBarrierAProbabilityStaysInRangeAndGrowsWithTheVoltage(
            @ForAll @DoubleRange(min = 0.01, max = 2) double volts, @ForAll @DoubleRange(min = 0.1, max = 10) double ns) {
        SttLaw strong = new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 1, 300, 1.1);
        for (Direction d : Direction.values()) {
            double p = strong.probability(volts, ns, d);
            assertTrue(p >= 0 && p <= 1, d + " at " + volts + " V: " + p);
            assertTrue(strong.probability(volts * 1.1, ns, d) >= p - 1e-12, d + " grows with the voltage at " + volts);
        }
    }

    @Test
    void vcmaMakesTwoCoincidentHalfPulsesSwitchFarMoreThanOneAndHindersTheOtherPolarity() {
        SttLaw vcma = new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 1, 100, 1.1);
        double half = 0.05;
        double selectivityPlain = LAW.probability(2 * half, 1, Direction.TO_PARALLEL)
                / LAW.probability(half, 1, Direction.TO_PARALLEL);
        double selectivityVcma = vcma.probability(2 * half, 1, Direction.TO_PARALLEL)
                / vcma.probability(half, 1, Direction.TO_PARALLEL);
        assertTrue(selectivityVcma > selectivityPlain, selectivityVcma + " against " + selectivityPlain);
        assertTrue(vcma.probability(2 * half, 1, Direction.TO_PARALLEL) > LAW.probability(2 * half, 1, Direction.TO_PARALLEL));
        assertTrue(vcma.probability(2 * half, 1, Direction.TO_ANTIPARALLEL)
                < LAW.probability(2 * half, 1, Direction.TO_ANTIPARALLEL));
        assertThrows(IllegalArgumentException.class, () -> new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.5, 1, 100, 0));
    }

    @Test
    void barrierAndCriticalCurrentsComeFromTheCompactModel() {
        // device-figures.md [D]: Δ ≈ 24.8, I_c ≈ 15 µA (AP→P) / 29 µA (P→AP)
        assertEquals(24.8, LAW.thermalStability(), 0.05);
        assertEquals(15.3, LAW.criticalCurrentUa(Direction.TO_PARALLEL), 0.2);
        assertEquals(29.3, LAW.criticalCurrentUa(Direction.TO_ANTIPARALLEL), 0.2);
        // g(0) / g(π) = (1 − P²) / (1 + P²)
        assertEquals((1 - 0.56 * 0.56) / (1 + 0.56 * 0.56),
                LAW.criticalCurrentUa(Direction.TO_PARALLEL) / LAW.criticalCurrentUa(Direction.TO_ANTIPARALLEL), 1e-12);
    }

    @Test
    void belowTheCriticalCurrentItIsNeelBrownWithItsHalfPointAtTauLn2() {
        double ic = LAW.criticalCurrentUa(Direction.TO_PARALLEL);
        double tauNs = Math.exp(LAW.thermalStability() * 0.5);
        assertEquals(0.5, LAW.probabilityAtCurrent(0.5 * ic, tauNs * Math.log(2), Direction.TO_PARALLEL), 1e-9);
        SttLaw squared = new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.56, 2);
        double tau2 = Math.exp(squared.thermalStability() * 0.25);
        assertEquals(-Math.expm1(-3 / tau2), squared.probabilityAtCurrent(0.5 * ic, 3, Direction.TO_PARALLEL), 1e-12);
    }

    @Test
    void aboveItThePrecessionalRateJoinsAndStrongShortPulsesAlwaysSwitch() {
        double ic = LAW.criticalCurrentUa(Direction.TO_ANTIPARALLEL);
        double delta = LAW.thermalStability();
        double moment = 3.25e5 * LAW.volumeM3();
        double sunPerNs = 2 / (0.5772156649 + Math.log(Math.PI * Math.PI * delta / 4)) * 9.2740100783e-24 * 0.56
                / (1.602176634e-19 * moment * (1 + 0.56 * 0.56)) * (2 * ic * 1e-6) * 1e-9;
        double expected = -Math.expm1(-0.5 * (1 + sunPerNs));
        assertEquals(expected, LAW.probabilityAtCurrent(3 * ic, 0.5, Direction.TO_ANTIPARALLEL), 1e-12);
        assertTrue(LAW.probabilityAtCurrent(10 * ic, 1, Direction.TO_ANTIPARALLEL) > 0.999);
        // The thermal law alone would stop at 1 − exp(−t/τ0).
        assertTrue(LAW.probabilityAtCurrent(10 * ic, 0.5, Direction.TO_ANTIPARALLEL) > -Math.expm1(-0.5) + 0.5);
    }

    @Property(tries = 300)
    void moreCurrentOrLongerPulsesNeverSwitchLess(@ForAll @DoubleRange(min = 0, max = 200) double currentUa,
                                                  @ForAll @DoubleRange(min = 0, max = 50) double extraUa,
                                                  @ForAll @DoubleRange(min = 0.01, max = 100) double widthNs) {
        for (Direction d : Direction.values()) {
            double p = LAW.probabilityAtCurrent(currentUa, widthNs, d);
            assertTrue(p >= 0 && p <= 1);
            assertTrue(LAW.probabilityAtCurrent(currentUa + extraUa, widthNs, d) >= p);
            assertTrue(LAW.probabilityAtCurrent(currentUa, widthNs * 2, d) >= p);
        }
    }

    @Test
    void aPulseDrivesItsCurrentThroughTheStateItLeaves() {
        double volts = 0.3;
        assertEquals(LAW.probabilityAtCurrent(volts / DEVICE.resistanceApOhm() * 1e6, 2, Direction.TO_PARALLEL),
                LAW.probability(volts, 2, Direction.TO_PARALLEL), 0.0);
        assertEquals(LAW.probabilityAtCurrent(volts / DEVICE.resistancePOhm() * 1e6, 2, Direction.TO_ANTIPARALLEL),
                LAW.probability(-volts, 2, Direction.TO_ANTIPARALLEL), 0.0);
    }

    @Test
    void parametersOutsideTheModelAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SttLaw(DEVICE, 0, 3.25e5, 4e5, 0.01, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new SttLaw(DEVICE, 1, 3.25e5, 4e5, 0.01, 0.5, 3));
    }
}
