package org.neuromtj.cosim.lif;

import static org.neuromtj.cosim.lif.LifPorts.*;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.Stimulus;
import org.neuromtj.emulator.npu.neuron.LifConfig;
import org.neuromtj.emulator.sim.Seeds;

/**
 * Constrained-random stimulus for the LIF array: resets with a fresh random legal circuit every few
 * tens of thousands of cycles, updates concentrated on a few neurons so that membranes build up, leak,
 * saturate and fire, inputs from small to full-scale, occasional threshold writes and clears.
 */
public final class LifStimulus implements Stimulus {
    private static final int SEGMENT = 40_000;

    private final UniformRandomProvider random;
    private LifConfig circuit;
    private long cycle;

    /** @param seed the stimulus seed */
    public LifStimulus(long seed) {
        this.random = Seeds.generator(seed, "cosim.lif.stimulus");
    }

    @Override
    public void next(int cycles, int[] words) {
        int ni = INPUTS.size();
        for (int c = 0; c < cycles; c++, cycle++) {
            int i = c * ni;
            Arrays.fill(words, i, i + ni, 0);
            if (cycle % SEGMENT == 0) {
                newCircuit();
                words[i + RST] = 1;
            } else if (random.nextInt(2000) == 0) {
                words[i + CLEAR] = 1;
            }
            encode(circuit, words, i);
            if (random.nextInt(64) == 0) {
                words[i + THRESHOLD_WE] = 1;
                long max = circuit.maxMembrane();
                words[i + THRESHOLD_IN] = (int) (1 + (random.nextBoolean() ? random.nextLong(Math.min(max, 64))
                        : random.nextLong(max)));
            }
            if (random.nextInt(10) != 0) {
                words[i + IN_VALID] = 1;
                words[i + IN_NEURON] = random.nextInt(8) != 0 ? random.nextInt(8) : random.nextInt(NEURONS);
                words[i + IN_CURRENT] = current();
            }
        }
    }

    private void newCircuit() {
        int width = 2 + random.nextInt(31);
        LifConfig.Leak leak = random.nextInt(2) != 0 ? LifConfig.Leak.MULTIPLY : LifConfig.Leak.SHIFT;
        int shift = random.nextInt(4) != 0 ? random.nextInt(8) : random.nextInt(32);
        int decay = random.nextInt(4097);
        int refractory = random.nextInt(3) != 0 ? random.nextInt(4) : random.nextInt(256);
        LifConfig.Reset reset = random.nextInt(2) != 0 ? LifConfig.Reset.SUBTRACT : LifConfig.Reset.ZERO;
        circuit = new LifConfig(width, leak, shift, decay, 1, refractory, reset);
    }

    /** Mostly small inputs of either sign, sometimes anything a 32-bit word holds. */
    private int current() {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt();
            case 1 -> (int) (random.nextLong(2 * circuit.maxMembrane() + 2) + circuit.minMembrane());
            default -> random.nextInt(33) - 12;
        };
    }
}
