package org.neuromtj.testbench.lif;

import static org.neuromtj.cosim.lif.LifPorts.INPUTS;
import static org.neuromtj.cosim.lif.LifPorts.NEURONS;
import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.cosim.lif.LifPorts;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.testbench.stimulus.Agent;
import org.neuromtj.testbench.stimulus.Dist;
import org.neuromtj.testbench.stimulus.Driver;
import org.neuromtj.testbench.stimulus.Environment;
import org.neuromtj.testbench.stimulus.Generator;
import org.neuromtj.testbench.stimulus.Sequence;
import org.neuromtj.testbench.stimulus.Sequencer;
import org.neuromtj.testbench.stimulus.Strobe;
import org.neuromtj.testbench.stimulus.Weighted;

/**
 * Constrained-random stimulus for the LIF array, four agents: a reset with a fresh random legal circuit
 * every {@value #SEGMENT} cycles; updates on nine cycles in ten, concentrated on a few neurons so that
 * membranes build up, leak, saturate and fire, with inputs from small to full-scale; threshold writes
 * about one cycle in sixty-four; and rare clears.
 */
public final class LifStimulus {
    private static final int SEGMENT = 40_000;
    private static final int RST = at(INPUTS, "rst");
    private static final int CLEAR = at(INPUTS, "clear");
    private static final int THRESHOLD_WE = at(INPUTS, "threshold_we");
    private static final int THRESHOLD_IN = at(INPUTS, "threshold_in");
    private static final int IN_VALID = at(INPUTS, "in_valid");
    private static final int IN_NEURON = at(INPUTS, "in_neuron");
    private static final int IN_CURRENT = at(INPUTS, "in_current");

    private static final Generator<LifConfig> CIRCUIT = random -> new LifConfig(
            (int) Dist.uniform(2, 32).draw(random),
            random.nextBoolean() ? LifConfig.Leak.MULTIPLY : LifConfig.Leak.SHIFT,
            Dist.uniform(0, 7).orRange(0, 31, 1.0 / 3).drawInt(random),
            (int) Dist.uniform(0, 4096).draw(random), 1,
            Dist.uniform(0, 3).orRange(0, 255, 0.5).drawInt(random),
            random.nextBoolean() ? LifConfig.Reset.SUBTRACT : LifConfig.Reset.ZERO);
    /** Most updates go to the first eight neurons, so that their membranes build up. */
    private static final Dist NEURON = Dist.uniform(0, 7).orRange(0, NEURONS - 1, 1.0 / 7);
    /** Cycles without an update after one: one in ten. */
    private static final Dist UPDATE_GAP = Dist.value(0, 9).orValue(1, 1);

    private LifStimulus() {
    }

    /**
     * @param seed the stimulus seed
     * @return the stimulus of that seed
     */
    public static Environment of(long seed) {
        Circuit circuit = new Circuit(Seeds.generator(seed, "testbench.lif.setup"));
        return new Environment(INPUTS.size(), List.of(circuit,
                new Updates(Seeds.generator(seed, "testbench.lif.updates"), circuit),
                new Writes(Seeds.generator(seed, "testbench.lif.thresholds"), circuit), new Strobe(
                        Seeds.generator(seed, "testbench.lif.clears"), CLEAR, Dist.uniform(0, 3998))));
    }

    /**
     * Resets the array with a fresh circuit each segment and holds it on the cfg ports; knows the
     * distributions that depend on the circuit.
     */
    private static final class Circuit implements Agent {
        private final UniformRandomProvider random;
        private LifConfig config;
        private Dist currents;
        private Dist thresholds;

        Circuit(UniformRandomProvider random) {
            this.random = random;
        }

        @Override
        public void drive(long cycle, int[] words, int at) {
            if (cycle % SEGMENT == 0) {
                config = CIRCUIT.draw(random);
                long max = config.maxMembrane();
                // Mostly small inputs of either sign; sometimes anything the membrane holds, or a 32-bit word.
                currents = Dist.uniform(-12, 20).orRange(config.minMembrane(), config.minMembrane() + 2 * max + 1,
                        1.0 / 6).orRange(Integer.MIN_VALUE, Integer.MAX_VALUE, 1.0 / 6);
                thresholds = Dist.uniform(1, Math.min(max, 64)).orRange(1, max, 1);
                words[at + RST] = 1;
            }
            LifPorts.encode(config, words, at);
        }
    }

    /** An input current for a neuron. */
    private record Update(int neuron, int current) {
    }

    /** Drives updates, one per cycle with some cycles left out. */
    private static final class Updates extends Driver<Update> {
        Updates(UniformRandomProvider random, Circuit circuit) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(r -> new Update(NEURON.drawInt(r),
                    circuit.currents.drawInt(r))), 1), UPDATE_GAP));
        }

        @Override
        protected boolean drive(Update update, int beat, int[] words, int at) {
            words[at + IN_VALID] = 1;
            words[at + IN_NEURON] = update.neuron();
            words[at + IN_CURRENT] = update.current();
            return true;
        }
    }

    /** Drives threshold writes, a legal threshold for the circuit, about one cycle in sixty-four. */
    private static final class Writes extends Driver<Long> {
        Writes(UniformRandomProvider random, Circuit circuit) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(r -> circuit.thresholds.draw(r)), 1),
                    Dist.uniform(0, 126)));
        }

        @Override
        protected boolean drive(Long threshold, int beat, int[] words, int at) {
            words[at + THRESHOLD_WE] = 1;
            words[at + THRESHOLD_IN] = threshold.intValue();
            return true;
        }
    }
}
