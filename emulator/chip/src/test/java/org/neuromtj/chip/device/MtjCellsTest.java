package org.neuromtj.chip.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.foundation.random.Seeds;

class MtjCellsTest {
    private static final Technology TECH = Technology.defaults();
    /** Δ = 3 and τ0 = 1 ns: τ = e³ ≈ 20 ns, so retention is observable. */
    private static final MtjParameters LEAKY = new MtjParameters(6.16, 40, 1.0, 300, 3, 1.0, 1200, 776, 2,
            Double.POSITIVE_INFINITY);

    @Test
    void retentionChangesCellsWithTheTelegraphProbabilityOfTauZeroTimesExpDelta() {
        int n = 100_000;
        MtjCells cells = new MtjCells(n, LEAKY, Variation.ideal(), 3, "r");
        double dt = 5;
        int changed = cells.elapse(dt, Seeds.generator(3, "r.retention"));
        double tau = Math.exp(3);
        Binomial.assertWithin99("changed after " + dt + " ns", n, (1 - Math.exp(-2 * dt / tau)) / 2, changed);
    }

    @Test
    void firstRetentionFlipTimesAreExponentialWithMeanTauZeroTimesExpDelta() {
        int n = 20_000;
        double step = 0.05;
        MtjCells cells = new MtjCells(n, LEAKY, Variation.ideal(), 9, "r");
        UniformRandomProvider rng = Seeds.generator(9, "r.retention");
        double[] firstFlip = new double[n];
        int pending = n;
        double t = 0;
        while (pending > 0 && t < 2000) {
            cells.elapse(step, rng);
            t += step;
            for (int i = 0; i < n; i++) {
                if (firstFlip[i] == 0 && cells.level(i) != 0) {
                    firstFlip[i] = t;
                    pending--;
                }
            }
        }
        double mean = java.util.Arrays.stream(firstFlip).average().orElseThrow();
        double tau = Math.exp(3);
        // The sample mean of 2·10^4 exponentials has σ = τ/√n ≈ 0.7% of τ; 3% also covers the step.
        assertEquals(tau, mean, 0.03 * tau);
    }

    @Test
    void lognormalVariationKeepsTheMeanResistanceAtNominalWithTheStatedSpread() {
        int n = 200_000;
        Variation v = new Variation(0.1, 0.05, 0, 0, 1e12);
        MtjCells cells = new MtjCells(n, TECH.device(), v, 11, "v");
        double sum = 0;
        double sumLog = 0;
        double sumLog2 = 0;
        double sumTmr = 0;
        for (int i = 0; i < n; i++) {
            double r = cells.resistancePOhm(i);
            sum += r;
            sumLog += Math.log(r);
            sumLog2 += Math.log(r) * Math.log(r);
            sumTmr += cells.resistanceApOhm(i) / r - 1;
        }
        double rp = TECH.device().resistancePOhm();
        assertEquals(rp, sum / n, 0.001 * rp);
        double sigma = Math.sqrt(sumLog2 / n - (sumLog / n) * (sumLog / n));
        assertEquals(0.1, sigma, 0.002);
        assertEquals(TECH.device().tmr(), sumTmr / n, 0.001);
    }

    @Test
    void aWornOutCellCountsPulsesButNoLongerSwitches() {
        Variation shortLived = new Variation(0, 0, 0, 0, 3);
        MtjCells cells = new MtjCells(1, TECH.device(), shortLived, 1, "e");
        SwitchingLaw certain = (a, w, d, junction) -> 1.0;
        assertTrue(cells.pulse(0, 1, 1, Direction.TO_PARALLEL, certain));
        assertTrue(cells.pulse(0, 1, 1, Direction.TO_ANTIPARALLEL, certain));
        assertTrue(cells.pulse(0, 1, 1, Direction.TO_PARALLEL, certain));
        assertTrue(cells.isWornOut(0));
        assertFalse(cells.pulse(0, 1, 1, Direction.TO_ANTIPARALLEL, certain));
        assertEquals(1, cells.level(0));
        assertEquals(4, cells.pulses(0));
    }

    @Test
    void multiLevelCellsStepOneLevelPerSwitchingPulseAndSpaceLevelsEvenlyInResistance() {
        MtjCells cells = new MtjCells(1, TECH.device().withLevels(25), Variation.ideal(), 1, "m");
        SwitchingLaw certain = (a, w, d, junction) -> 1.0;
        double ap = TECH.device().resistanceApOhm();
        double step = (ap - TECH.device().resistancePOhm()) / 24;
        for (int k = 1; k <= 24; k++) {
            assertTrue(cells.pulse(0, 1, 1, Direction.TO_PARALLEL, certain));
            assertEquals(k, cells.level(0));
            assertEquals(ap - k * step, cells.resistanceOhm(0), 1e-6);
        }
        assertFalse(cells.pulse(0, 1, 1, Direction.TO_PARALLEL, certain), "no level above parallel");
    }
}
