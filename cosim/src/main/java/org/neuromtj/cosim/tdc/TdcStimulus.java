package org.neuromtj.cosim.tdc;

import static org.neuromtj.cosim.tdc.TdcPorts.*;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.Stimulus;
import org.neuromtj.emulator.sim.Seeds;

/**
 * Constrained-random stimulus for a TDC bank: a reset every few tens of thousands of cycles with a code
 * width drawn evenly from narrow, middle and wide; mux selects weighted toward both ends; conversion
 * rounds on random converters whose comparators fire at random counts, at once, late enough to hit
 * full scale, or never; rounds that are cut short by the next start;
 * calibration writes (gain 0 among them) also while counting; comparator glitches while idle; and
 * every cycle a random read and probe.
 */
public final class TdcStimulus implements Stimulus {
    private static final int SEGMENT = 25_000;

    private final UniformRandomProvider random;
    private final long[] crossing = new long[CONVERTERS];
    private long cycle;
    private int bits;
    private long sinceStart;
    private long roundLength;

    /** @param seed the stimulus seed */
    public TdcStimulus(long seed) {
        this.random = Seeds.generator(seed, "cosim.tdc.stimulus");
    }

    @Override
    public void next(int cycles, int[] words) {
        int ni = INPUTS.size();
        for (int c = 0; c < cycles; c++, cycle++, sinceStart++) {
            int i = c * ni;
            Arrays.fill(words, i, i + ni, 0);
            if (cycle % SEGMENT == 0) {
                bits = switch (random.nextInt(3)) {
                    case 0 -> 1 + random.nextInt(4);
                    case 1 -> 5 + random.nextInt(6);
                    default -> 11 + random.nextInt(6);
                };
                words[i + RST] = 1;
                roundLength = 0;
            }
            words[i + CFG_BITS] = bits;
            if (sinceStart >= roundLength) {
                startRound(words, i);
            } else {
                words[i + FIRE] = fire(sinceStart - 1);
            }
            if (random.nextInt(40) == 0) {
                calibrate(words, i);
            }
            words[i + RD_ADDR] = random.nextInt(CONVERTERS);
            words[i + PROBE_COUNT] = random.nextInt(4) != 0 ? random.nextInt(2048) : random.nextInt(1 << COUNT_BITS);
        }
    }

    private void startRound(int[] words, int i) {
        words[i + START] = 1;
        words[i + SEL] = switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> (1 << 12) - 1;
            default -> random.nextInt(1 << 12);
        };
        words[i + ENABLE] = random.nextInt(3) != 0 ? -1 : random.nextInt();
        long longest = 0;
        for (int t = 0; t < CONVERTERS; t++) {
            crossing[t] = switch (random.nextInt(10)) {
                case 0 -> 0;
                case 1 -> Long.MAX_VALUE;
                case 2 -> random.nextInt(4000);
                default -> random.nextInt(300);
            };
            longest = Math.max(longest, Math.min(crossing[t], 4000));
        }
        // Most rounds run until every converter has captured; some are cut short by the next start.
        roundLength = random.nextInt(8) != 0 ? longest + 2 + random.nextInt(8) : 1 + random.nextInt((int) longest + 2);
        sinceStart = 0;
        // A comparator may already be high when its round starts; the counter must not take it then.
        words[i + FIRE] = random.nextInt(4) == 0 ? random.nextInt() : 0;
    }

    /** Comparators are high from their crossing on; a rare glitch fires one early. */
    private int fire(long count) {
        int levels = 0;
        for (int t = 0; t < CONVERTERS; t++) {
            if (count >= crossing[t] || random.nextInt(5000) == 0) {
                levels |= 1 << t;
            }
        }
        return levels;
    }

    private void calibrate(int[] words, int i) {
        words[i + CAL_WE] = 1;
        words[i + CAL_ADDR] = random.nextInt(CONVERTERS);
        boolean gain = random.nextBoolean();
        words[i + CAL_GAIN] = gain ? 1 : 0;
        if (gain) {
            words[i + CAL_DATA] = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1 << 16);
                default -> 32 + random.nextInt(2048);
            };
        } else {
            words[i + CAL_DATA] = random.nextInt(4) != 0 ? random.nextInt(64) : random.nextInt(1 << 16);
        }
    }
}
