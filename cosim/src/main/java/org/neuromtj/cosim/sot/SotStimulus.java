package org.neuromtj.cosim.sot;

import static org.neuromtj.cosim.sot.SotPorts.*;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.Stimulus;
import org.neuromtj.emulator.sim.Seeds;

/**
 * Constrained-random stimulus for the write-driver controller, playing the crossbar's part: commands
 * with and without verify on random columns, binary and multi-level cells, retry limits from 0 (so
 * that they are reached) to the register's maximum, pulses of one to a few hundred cycles; verify reads
 * answered after random delays with levels that often repeat (retries) and often hit the target
 * (success); starts while busy (ignored) and resets in the middle of a command.
 */
public final class SotStimulus implements Stimulus {
    private final UniformRandomProvider random;
    private final int[] target = new int[COLUMNS];
    private final int[] sensed = new int[COLUMNS];
    private boolean verify;
    private int maxRetries;
    private int pulseCycles;
    private int top;

    /** @param seed the stimulus seed */
    public SotStimulus(long seed) {
        this.random = Seeds.generator(seed, "cosim.sot.stimulus");
        policy();
    }

    @Override
    public void next(int cycles, int[] words) {
        int ni = INPUTS.size();
        for (int c = 0; c < cycles; c++) {
            int i = c * ni;
            Arrays.fill(words, i, i + ni, 0);
            if (random.nextInt(20_000) == 0) {
                words[i + RST] = 1;
            }
            if (random.nextInt(40) == 0) {
                policy();
                words[i + START] = 1;
                words[i + ENABLE] = random.nextInt(3) != 0 ? (1 << COLUMNS) - 1 : random.nextInt(1 << COLUMNS);
            }
            words[i + CFG_VERIFY] = verify ? 1 : 0;
            words[i + CFG_MAX_RETRIES] = maxRetries;
            words[i + CFG_PULSE_CYCLES] = pulseCycles;
            words[i + CFG_TOP_LEVEL] = top;
            pack(target, 0, words, i, TARGET);
            if (random.nextInt(3) == 0) {
                words[i + SENSE_VALID] = 1;
                for (int k = 0; k < COLUMNS; k++) {
                    sensed[k] = random.nextInt(3) == 0 ? target[k] : random.nextInt(top + 1);
                }
                pack(sensed, 0, words, i, SENSED);
            }
        }
    }

    /** A new command's policy and targets. */
    private void policy() {
        verify = random.nextInt(4) != 0;
        maxRetries = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1024);
            default -> random.nextInt(5);
        };
        pulseCycles = random.nextInt(10) != 0 ? 1 + random.nextInt(4) : 1 + random.nextInt(300);
        top = random.nextInt(2) == 0 ? 1 : 2 + random.nextInt(62);
        for (int k = 0; k < COLUMNS; k++) {
            target[k] = random.nextInt(20) != 0 ? random.nextInt(top + 1) : random.nextInt(1 << LEVEL_BITS);
        }
    }
}
