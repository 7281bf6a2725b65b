package org.neuromtj.chip.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.foundation.random.Seeds;

/** Junctions that differ in Δ, I_c0 and τ0: each law follows its equations with the junction's own figures. */
class DeviceSpreadTest {
    private static final Technology TECH = Technology.defaults();

    @Test
    void neelBrownUsesTheJunctionsOwnBarrierCriticalCurrentAndAttemptTime() {
        MtjParameters d = new MtjParameters(6.16, 40, 1.0, 300, 20, 1.0, 1000, 776, 2, Double.POSITIVE_INFINITY);
        NeelBrownLaw law = new NeelBrownLaw(d, 1.0);
        DeviceSpread j = new DeviceSpread(1.1, 0.9, 3);
        double amplitudeV = 0.6 * 1000e-6 * 776;
        double tau = 1.0 * 3 * Math.exp(20 * 1.1 * (1 - 0.6 / 0.9));
        assertEquals(-Math.expm1(-100 / tau), law.probability(amplitudeV, 100, Direction.TO_PARALLEL, j), 1e-12);
        assertEquals(law.probability(amplitudeV, 100, Direction.TO_PARALLEL),
                law.probability(amplitudeV, 100, Direction.TO_PARALLEL, DeviceSpread.NOMINAL));
    }

    @Test
    void theMeasuredSigmoidMovesItsMidpointWithTheCriticalCurrentAndSharpensWithTheBarrier() {
        SigmoidLaw law = (SigmoidLaw) TECH.switching();
        DeviceSpread j = new DeviceSpread(2, 1.1, 1);
        assertEquals(0.5, law.probability(0.894 * 1.1, 0.75, Direction.TO_PARALLEL, j), 1e-12, "the 50 % point");
        double v = 0.894 * 1.1 + 0.02;
        assertEquals(1 / (1 + Math.exp(-44.6 * 2 * 0.02)), law.probability(v, 0.75, Direction.TO_PARALLEL, j), 1e-12);
    }

    @Test
    void sttSwitchingTakesTheJunctionsCriticalCurrentIntoBothRegimes() {
        SttLaw law = new SttLaw(new MtjParameters(5, 40, 1.2, 300, 99, 1, 999, 776, 2, Double.POSITIVE_INFINITY), 1,
                3.25e5, 4.0e5, 0.01, 0.56, 1);
        double ic = law.criticalCurrentUa(Direction.TO_PARALLEL);
        double rAp = law.device().resistanceApOhm();
        // Just above the nominal critical current a strong junction is still in the thermal regime.
        double amplitudeV = 1.2 * ic * 1e-6 * rAp;
        DeviceSpread strong = new DeviceSpread(1, 1.5, 1);
        double delta = law.thermalStability();
        double thermal = -Math.expm1(-1.0 * Math.exp(-delta * (1 - 1.2 / 1.5)) / 1.0);
        assertEquals(thermal, law.probability(amplitudeV, 1.0, Direction.TO_PARALLEL, strong), 1e-9);
        assertTrue(law.probability(amplitudeV, 1.0, Direction.TO_PARALLEL) > 10 * thermal,
                "the nominal junction is in the precessional regime there");
    }

    @Test
    void aPopulationDrawsItsSpreadsWithoutMovingItsResistances() {
        Variation plain = new Variation(0.05, 0.05, 0, 0, 1e12);
        Variation spread = new Variation(0.05, 0.05, 0, 0, 1e12, 0.05, 0.08, 0.5);
        int n = 100_000;
        MtjCells a = new MtjCells(n, TECH.device(), plain, 3, "p");
        MtjCells b = new MtjCells(n, TECH.device(), spread, 3, "p");
        double[] sum = new double[3];
        double[] sq = new double[3];
        for (int i = 0; i < n; i++) {
            assertEquals(a.resistancePOhm(i), b.resistancePOhm(i));
            assertEquals(a.resistanceApOhm(i), b.resistanceApOhm(i));
            assertEquals(DeviceSpread.NOMINAL, a.spread(i));
            DeviceSpread j = b.spread(i);
            double[] f = {j.thermalStability(), j.criticalCurrent(), Math.log(j.attemptTime())};
            for (int k = 0; k < 3; k++) {
                sum[k] += f[k];
                sq[k] += f[k] * f[k];
            }
        }
        double[] mean = {1, 1, 0};
        double[] sigma = {0.05, 0.08, 0.5};
        for (int k = 0; k < 3; k++) {
            assertEquals(mean[k], sum[k] / n, 0.01 * Math.max(sigma[k], 0.1));
            assertEquals(sigma[k], Math.sqrt(sq[k] / n - sum[k] / n * (sum[k] / n)), 0.02 * sigma[k]);
        }
    }

    @Test
    void weakJunctionsSwitchMoreOftenAndForgetSooner() {
        Variation spread = new Variation(0, 0, 0, 0, 1e12, 0.3, 0.05, 0);
        int n = 40_000;
        MtjCells cells = new MtjCells(n, TECH.device(), spread, 9, "w");
        // One pulse at the nominal 50 % point: cells of lower critical current switch more often.
        double switchedIc = 0;
        double keptIc = 0;
        int switched = 0;
        for (int i = 0; i < n; i++) {
            if (cells.pulse(i, 0.894, 0.75, Direction.TO_PARALLEL, TECH.switching())) {
                switchedIc += cells.spread(i).criticalCurrent();
                switched++;
            } else {
                keptIc += cells.spread(i).criticalCurrent();
            }
        }
        assertTrue(switchedIc / switched < keptIc / (n - switched) - 0.03, "switched cells have lower I_c0");
        // Retention: Δ = 45 with a 30 % spread; after a day, only junctions of low Δ have relaxed.
        MtjCells leaky = new MtjCells(n, TECH.device(), spread, 9, "w");
        int flipped = leaky.elapse(86_400e9, Seeds.generator(1, "retention"));
        assertTrue(flipped > 0, "some weak junctions relax");
        double flippedDelta = 0;
        for (int i = 0; i < n; i++) {
            if (leaky.level(i) == 1) {
                flippedDelta += leaky.spread(i).thermalStability();
            }
        }
        assertTrue(flippedDelta / flipped < 0.65, "those that relaxed have low barriers: " + flippedDelta / flipped);
        MtjCells nominal = new MtjCells(n, TECH.device(), Variation.ideal(), 9, "w");
        assertEquals(0, nominal.elapse(86_400e9, Seeds.generator(1, "retention")), "Δ = 45 holds a day");
    }
}
