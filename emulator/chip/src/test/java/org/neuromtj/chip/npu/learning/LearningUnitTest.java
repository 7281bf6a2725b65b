package org.neuromtj.chip.npu.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neuromtj.chip.device.Binomial;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.SttLaw;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.sim.ClockDomain;

class LearningUnitTest {
    private static final Technology TECH = Technology.defaults();
    private static final CrossbarGeometry G = new CrossbarGeometry(64, 64, 64);
    private static final SynapseLayout UNSIGNED = SynapseLayout.bypass(1, false);

    private static MtjCells cells(int level) {
        MtjCells c = new MtjCells(G.cells(), TECH.device(), Variation.ideal(), 3, "c");
        for (int i = 0; i < c.size(); i++) {
            c.setLevel(i, level);
        }
        return c;
    }

    private static LearningUnit unit(MtjCells cells, Plasticity causal, Plasticity acausal, int amplitudeMv, int decay) {
        LearningUnit u = new LearningUnit(G, UNSIGNED, cells, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
        u.configure(new LearningConfig(LearningConfig.Mode.STDP, causal, acausal, 8, amplitudeMv, decay, 750, 0, 64, 0, false));
        return u;
    }

    /** The compact model's STT junction (device-figures [V]) with a VCMA coefficient, fJ/(V·m). */
    private static SttLaw stt(double vcma) {
        return new SttLaw(TECH.device(), 1, 3.25e5, 4e5, 0.01, 0.56, 1, vcma, 1.1);
    }

    private static LearningUnit throughJunction(CrossbarGeometry g, MtjCells cells, SttLaw law, Ledger ledger) {
        return new LearningUnit(g, UNSIGNED, cells, law, ClockDomain.npu(100_000_000), 5, "l", ledger);
    }

    private static boolean[] fired(int neuron) {
        boolean[] f = new boolean[64];
        f[neuron] = true;
        return f;
    }

    /** Pre on row 0 then post on neuron 0 (causal), or post then pre (acausal); returns the synapse's level. */
    private static int pair(Plasticity causal, Plasticity acausal, boolean causalOrder, int startLevel) {
        MtjCells c = cells(startLevel);
        LearningUnit u = unit(c, causal, acausal, 1200, 0);
        if (causalOrder) {
            u.learn(0, new int[] {0}, 1, new boolean[64]);
            u.learn(1, new int[0], 0, fired(0));
        } else {
            u.learn(0, new int[0], 0, fired(0));
            u.learn(1, new int[] {0}, 1, new boolean[64]);
        }
        return c.level(G.cell(0, 0));
    }

    @Test
    void everyOneOfTheNineRulesMovesTheWeightTheWayItSays() {
        for (Plasticity causal : Plasticity.values()) {
            for (Plasticity acausal : Plasticity.values()) {
                String rule = causal + "/" + acausal;
                assertEquals(causal == Plasticity.LTP ? 1 : 0, pair(causal, acausal, true, 0), rule + " causal from 0");
                assertEquals(causal == Plasticity.LTD ? 0 : 1, pair(causal, acausal, true, 1), rule + " causal from 1");
                assertEquals(acausal == Plasticity.LTP ? 1 : 0, pair(causal, acausal, false, 0), rule + " acausal from 0");
                assertEquals(acausal == Plasticity.LTD ? 0 : 1, pair(causal, acausal, false, 1), rule + " acausal from 1");
            }
        }
    }

    @Test
    void spikesWhileLearningIsOffNeverPairWithThoseWhileItIsOn() {
        for (boolean offBefore : new boolean[] {false, true}) {
            MtjCells c = cells(1);
            LearningUnit u = unit(c, Plasticity.NONE, Plasticity.LTD, 1200, 0);
            LearningConfig stdp = u.config();
            if (offBefore) {
                u.configure(LearningConfig.off());
            }
            u.learn(0, new int[0], 0, fired(0));
            u.configure(stdp);
            u.learn(1, new int[] {0}, 1, new boolean[64]);
            assertEquals(offBefore ? 1 : 0, c.level(G.cell(0, 0)),
                    offBefore ? "a post spike while off is not remembered" : "a post spike while on pairs");
        }
    }

    @Test
    void switchingProbabilityFallsWithTheSpikeTimeDifferenceAsTheLawSays() {
        int trials = 20_000;
        for (int dt = 0; dt <= 3; dt++) {
            MtjCells c = new MtjCells(trials * 64, TECH.device(), Variation.ideal(), 11, "p" + dt);
            CrossbarGeometry big = new CrossbarGeometry(trials, 64, trials);
            LearningUnit u = new LearningUnit(big, UNSIGNED, c, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
            u.configure(new LearningConfig(LearningConfig.Mode.STDP, Plasticity.LTP, Plasticity.NONE, 8, 920, 10, 750,
                    0, trials, 0, false));
            int[] rows = new int[trials];
            for (int r = 0; r < trials; r++) {
                rows[r] = r;
            }
            u.learn(0, rows, trials, new boolean[64]);
            u.learn(dt, new int[0], 0, fired(0));
            long switched = 0;
            for (int r = 0; r < trials; r++) {
                switched += c.level(big.cell(r, 0));
            }
            double p = TECH.switching().probability((920 - 10 * dt) / 1e3, 0.75, Direction.TO_PARALLEL);
            Binomial.assertWithin99("LTP at |Δt| = " + dt, trials, p, switched);
        }
    }

    @Test
    void throughTheJunctionHebbIsACoincidenceThatHalfSelectsTheCellsSharingALine() {
        int rows = 4000;
        CrossbarGeometry big = new CrossbarGeometry(rows, 64, rows);
        MtjCells c = new MtjCells(rows * 64, TECH.device(), Variation.ideal(), 11, "stt");
        SttLaw law = stt(100);
        Ledger ledger = new Ledger();
        LearningUnit u = throughJunction(big, c, law, ledger);
        u.configure(new LearningConfig(LearningConfig.Mode.HEBB, Plasticity.NONE, Plasticity.NONE, 0, 100, 0, 1000, 0,
                rows, 0, false));
        int[] even = new int[rows / 2];
        for (int k = 0; k < even.length; k++) {
            even[k] = 2 * k;
        }
        long cycles = u.learn(0, even, even.length, fired(0));
        assertEquals(ClockDomain.npu(100_000_000).cyclesForPs(1000), cycles, "one phase, one pulse width");
        long coincident = 0;
        long columnOnly = 0;
        long rowOnly = 0;
        long neither = 0;
        for (int r = 0; r < rows; r++) {
            coincident += r % 2 == 0 ? c.level(big.cell(r, 0)) : 0;
            columnOnly += r % 2 == 1 ? c.level(big.cell(r, 0)) : 0;
            rowOnly += r % 2 == 0 ? c.level(big.cell(r, 7)) : 0;
            neither += r % 2 == 1 ? c.level(big.cell(r, 7)) : 0;
        }
        Binomial.assertWithin99("2A toward parallel", rows / 2, law.probability(0.2, 1, Direction.TO_PARALLEL), coincident);
        Binomial.assertWithin99("A on the column alone", rows / 2, law.probability(0.1, 1, Direction.TO_PARALLEL),
                columnOnly);
        Binomial.assertWithin99("A on the row alone", rows / 2, law.probability(0.1, 1, Direction.TO_PARALLEL), rowOnly);
        assertEquals(0, neither, "a cell on neither line sees nothing");
        assertTrue(law.probability(0.2, 1, Direction.TO_PARALLEL) > 50 * law.probability(0.1, 1, Direction.TO_PARALLEL));
        // Heat: every cell of the even rows (2A in column 0, A elsewhere) and column 0 of the odd rows (A), all
        // antiparallel as the pulse found them.
        double r = TECH.device().resistanceApOhm();
        double expected = (rows / 2) * (0.04 + 63 * 0.01) * 1e9 / r + (rows / 2) * 0.01 * 1e9 / r;
        assertEquals(expected, ledger.total(org.neuromtj.chip.ledger.Action.JUNCTION_HEAT), 1);
        assertEquals(0, ledger.total(org.neuromtj.chip.ledger.Action.SOT_PULSE), "no spin-orbit write line pulsed");
    }

    /**
     * Oja through the junction: the firing column's cells in rows that are not plastic (a teacher's) are
     * half-selected in both phases, the depressing phase at its own amplitude, and each phase charges the
     * lines it drives.
     */
    @Test
    void throughTheJunctionAFiringColumnHalfSelectsItsCellsOutsideThePlasticRowsAndEveryDrivenLineIsCharged() {
        int rows = 4000;
        int plastic = 1000;
        CrossbarGeometry big = new CrossbarGeometry(rows, 8, rows);
        MtjCells c = new MtjCells(rows * 8, TECH.device(), Variation.ideal(), 13, "stt");
        SttLaw law = stt(0);
        Ledger ledger = new Ledger();
        LearningUnit u = throughJunction(big, c, law, ledger);
        u.configure(new LearningConfig(LearningConfig.Mode.OJA, Plasticity.NONE, Plasticity.NONE, 0, 100, 0, 1000, 0,
                plastic, 0, false, 120));
        for (int r = plastic; r < rows; r++) {
            c.setLevel(big.cell(r, 0), 1);
            c.setLevel(big.cell(r, 1), 1);
        }
        int[] active = new int[plastic / 4];
        for (int k = 0; k < active.length; k++) {
            active[k] = 4 * k;
        }
        boolean[] fired = new boolean[8];
        fired[0] = true;
        long cycles = u.learn(0, active, active.length, fired);
        assertEquals(2 * ClockDomain.npu(100_000_000).cyclesForPs(1000), cycles, "two phases");
        long depressedOutside = 0;
        long untouched = 0;
        for (int r = plastic; r < rows; r++) {
            depressedOutside += 1 - c.level(big.cell(r, 0));
            untouched += 1 - c.level(big.cell(r, 1));
        }
        // Held at 0 V, a teacher's row sees the firing column's voltage in each phase: 100 mV toward parallel
        // (it is there already), then the depressing phase's own 120 mV toward antiparallel.
        Binomial.assertWithin99("the depressing phase's A outside the plastic rows", rows - plastic,
                law.probability(0.12, 1, Direction.TO_ANTIPARALLEL), depressedOutside);
        assertTrue(depressedOutside > 0, "the disturb is there to see at this size");
        assertEquals(0, untouched, "a silent column's cells outside the plastic rows see nothing");
        // Potentiating: 250 active rows of 8 cells and column 0's 4000 cells at 100 mV; depressing: the 750
        // silent rows and column 0 again, at 120 mV.
        assertEquals((250L * 8 + rows) * 100 * 100 + (750L * 8 + rows) * 120 * 120,
                ledger.total(org.neuromtj.chip.ledger.Action.LINE_CHARGE));
        assertEquals(plastic, ledger.total(org.neuromtj.chip.ledger.Action.LEARNING_CHECK),
                "one coincident event a plastic synapse of the firing neuron");
    }

    @ParameterizedTest
    @EnumSource(value = LearningConfig.Mode.class, names = {"HEBB", "OJA"})
    void hebbOnlyPotentiatesWhileOjaAlsoDepressesSilentInputs(LearningConfig.Mode mode) {
        MtjCells c = cells(0);
        c.setLevel(G.cell(5, 0), 1);
        LearningUnit u = new LearningUnit(G, UNSIGNED, c, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
        u.configure(new LearningConfig(mode, Plasticity.NONE, Plasticity.NONE, 0, 1000, 0, 750, 0, 64, 0, false));
        u.learn(0, new int[] {1, 2}, 2, fired(0));
        assertEquals(1, c.level(G.cell(1, 0)));
        assertEquals(1, c.level(G.cell(2, 0)));
        assertEquals(mode == LearningConfig.Mode.OJA ? 0 : 1, c.level(G.cell(5, 0)));
        assertEquals(0, c.level(G.cell(1, 1)), "a neuron that did not fire keeps its weights");
    }

    @Test
    void onADifferentialPairTheNegativeJunctionSwitchesTheOtherWay() {
        MtjCells c = cells(0);
        SynapseLayout signed = SynapseLayout.bypass(1, true);
        LearningUnit u = new LearningUnit(G, signed, c, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
        u.configure(new LearningConfig(LearningConfig.Mode.OJA, Plasticity.NONE, Plasticity.NONE, 0, 1200, 0, 750, 0,
                64, 0, false));
        c.setLevel(G.cell(7, 1), 0);
        u.learn(0, new int[] {3}, 1, fired(0));
        assertEquals(1, c.level(G.cell(3, 0)), "active input: + junction parallel");
        assertEquals(0, c.level(G.cell(3, 1)), "active input: - junction antiparallel");
        assertEquals(0, c.level(G.cell(7, 0)), "silent input: + junction antiparallel");
        assertEquals(1, c.level(G.cell(7, 1)), "silent input: - junction parallel, a weight of -1");
    }

    @Test
    void theSelectionMaskSilencesNeuronsWithTheSwitchingProbabilityOfItsPulse() {
        MtjCells c = cells(0);
        LearningUnit u = new LearningUnit(G, UNSIGNED, c, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
        u.configure(new LearningConfig(LearningConfig.Mode.OFF, Plasticity.NONE, Plasticity.NONE, 0, 0, 0, 750, 0, 0, 890, false));
        int silenced = 0;
        int steps = 400;
        for (int t = 0; t < steps; t++) {
            boolean[] all = new boolean[64];
            java.util.Arrays.fill(all, true);
            silenced += u.select(all);
        }
        double p = TECH.switching().probability(0.890, 0.75, Direction.TO_PARALLEL);
        Binomial.assertWithin99("silenced", steps * 64, p, silenced);
        assertTrue(p > 0.2 && p < 0.8);
    }

    @Test
    void aHeldMaskSilencesTheSameNeuronsEveryTimestepUntilItIsDrawnAgain() {
        MtjCells c = cells(0);
        LearningUnit u = new LearningUnit(G, UNSIGNED, c, TECH.switching(), ClockDomain.npu(100_000_000), 5, "l", new Ledger());
        u.configure(new LearningConfig(LearningConfig.Mode.OFF, Plasticity.NONE, Plasticity.NONE, 0, 0, 0, 750, 0, 0, 890,
                true));
        u.drawMask();
        boolean[] out = new boolean[64];
        int selectedOut = 0;
        for (int n = 0; n < 64; n++) {
            out[n] = u.selectedOut(n);
            selectedOut += out[n] ? 1 : 0;
        }
        assertTrue(selectedOut > 0 && selectedOut < 64, "a pulse near the 50 % point selects some out: " + selectedOut);
        for (int t = 0; t < 20; t++) {
            boolean[] all = new boolean[64];
            java.util.Arrays.fill(all, true);
            assertEquals(selectedOut, u.select(all));
            for (int n = 0; n < 64; n++) {
                assertEquals(!out[n], all[n], "neuron " + n + " at timestep " + t);
            }
        }
        u.drawMask();
        boolean changed = false;
        for (int n = 0; n < 64; n++) {
            changed |= u.selectedOut(n) != out[n];
        }
        assertTrue(changed, "a new draw chooses anew");
    }
}
