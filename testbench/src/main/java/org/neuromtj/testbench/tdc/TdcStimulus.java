package org.neuromtj.testbench.tdc;

import static org.neuromtj.cosim.tdc.TdcPorts.CONVERTERS;
import static org.neuromtj.cosim.tdc.TdcPorts.COUNT_BITS;
import static org.neuromtj.cosim.tdc.TdcPorts.INPUTS;
import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.testbench.stimulus.Dist;
import org.neuromtj.testbench.stimulus.Driver;
import org.neuromtj.testbench.stimulus.Environment;
import org.neuromtj.testbench.stimulus.Generator;
import org.neuromtj.testbench.stimulus.Sequence;
import org.neuromtj.testbench.stimulus.Sequencer;
import org.neuromtj.testbench.stimulus.Weighted;

/**
 * Constrained-random stimulus for a TDC bank, four agents: a reset every {@value #SEGMENT} cycles with
 * a code width drawn evenly from narrow, middle and wide; conversion rounds on random converters whose
 * comparators fire at once, at random counts, late enough to hit full scale, or never, some cut short
 * by the next start and some starting with a comparator already high; calibration writes (gain 0
 * among them) at random times, counting or not; and every cycle a random read and probe.
 */
public final class TdcStimulus {
    private static final int SEGMENT = 25_000;
    private static final int RST = at(INPUTS, "rst");
    private static final int CFG_BITS = at(INPUTS, "cfg_bits");
    private static final int CAL_WE = at(INPUTS, "cal_we");
    private static final int CAL_GAIN = at(INPUTS, "cal_gain");
    private static final int CAL_ADDR = at(INPUTS, "cal_addr");
    private static final int CAL_DATA = at(INPUTS, "cal_data");
    private static final int START = at(INPUTS, "start");
    private static final int SEL = at(INPUTS, "sel");
    private static final int ENABLE = at(INPUTS, "enable");
    private static final int FIRE = at(INPUTS, "fire");
    private static final int RD_ADDR = at(INPUTS, "rd_addr");
    private static final int PROBE_COUNT = at(INPUTS, "probe_count");

    private static final Dist WIDTH = Dist.uniform(1, 4).orRange(5, 10, 1).orRange(11, 16, 1);
    private static final Dist SELECT = Dist.value(0, 1).orRange(0, 4095, 6).orValue(4095, 1);
    private static final Dist ENABLED = Dist.value(-1, 2).orRange(Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
    /** Counts at which a comparator rises; past {@link #LATEST} means never. */
    private static final Dist CROSSING = Dist.value(0, 1).orValue(Long.MAX_VALUE, 1).orRange(0, 3999, 1)
            .orRange(0, 299, 7);
    private static final long LATEST = 4000;
    private static final Weighted<Boolean> CUT_SHORT = Weighted.of(false, 7).or(true, 1);
    private static final Dist HIGH_AT_START = Dist.value(0, 3).orRange(Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
    /** One comparator in this many glitches high on a counting cycle. */
    private static final int GLITCH = 5000;
    private static final Dist GAIN = Dist.value(0, 1).orRange(0, 65535, 1).orRange(32, 2079, 4);
    private static final Dist OFFSET = Dist.uniform(0, 63).orRange(0, 65535, 1.0 / 3);
    private static final Dist PROBE = Dist.uniform(0, 2047).orRange(0, (1 << COUNT_BITS) - 1, 1.0 / 3);

    private TdcStimulus() {
    }

    /**
     * @param seed the stimulus seed
     * @return the stimulus of that seed
     */
    public static Environment of(long seed) {
        UniformRandomProvider setup = Seeds.generator(seed, "testbench.tdc.setup");
        UniformRandomProvider reads = Seeds.generator(seed, "testbench.tdc.reads");
        Rounds rounds = new Rounds(Seeds.generator(seed, "testbench.tdc.rounds"));
        int[] bits = {1};
        return new Environment(INPUTS.size(), List.of((cycle, words, at) -> {
            if (cycle % SEGMENT == 0) {
                bits[0] = WIDTH.drawInt(setup);
                words[at + RST] = 1;
                rounds.abandon(0);
            }
            words[at + CFG_BITS] = bits[0];
        }, rounds, new CalibrationWrites(Seeds.generator(seed, "testbench.tdc.calibration")), (cycle, words, at) -> {
            words[at + RD_ADDR] = reads.nextInt(CONVERTERS);
            words[at + PROBE_COUNT] = PROBE.drawInt(reads);
        }));
    }

    /**
     * A conversion round: started on the enabled converters through a mux select, lasting
     * {@code cycles}, each comparator rising at its crossing count.
     */
    private record Round(int select, int enable, long[] crossing, int cycles, int highAtStart) {
        static final Generator<Round> RANDOM = random -> {
            long[] crossing = new long[CONVERTERS];
            long longest = 0;
            for (int t = 0; t < CONVERTERS; t++) {
                crossing[t] = CROSSING.draw(random);
                longest = Math.max(longest, Math.min(crossing[t], LATEST));
            }
            // Most rounds run until every converter has captured; some are cut short by the next start.
            int cycles = (int) (CUT_SHORT.draw(random) ? Dist.uniform(1, longest + 2).draw(random)
                    : Dist.uniform(longest + 2, longest + 9).draw(random));
            return new Round(SELECT.drawInt(random), ENABLED.drawInt(random), crossing, cycles,
                    HIGH_AT_START.drawInt(random));
        };
    }

    /** Drives rounds back to back; comparators are high from their crossing on, or for a glitch. */
    private static final class Rounds extends Driver<Round> {
        Rounds(UniformRandomProvider random) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(Round.RANDOM), 1)));
        }

        @Override
        protected boolean drive(Round round, int beat, int[] words, int at) {
            if (beat == 0) {
                words[at + START] = 1;
                words[at + SEL] = round.select();
                words[at + ENABLE] = round.enable();
                words[at + FIRE] = round.highAtStart();
            } else {
                int levels = 0;
                for (int t = 0; t < CONVERTERS; t++) {
                    if (beat - 1 >= round.crossing()[t] || random().nextInt(GLITCH) == 0) {
                        levels |= 1 << t;
                    }
                }
                words[at + FIRE] = levels;
            }
            return beat + 1 == round.cycles();
        }
    }

    /** A calibration write: a converter's offset or gain register. */
    private record Calibration(int converter, boolean gain, int data) {
        static final Generator<Calibration> RANDOM = random -> {
            boolean gain = random.nextBoolean();
            return new Calibration(random.nextInt(CONVERTERS), gain, (gain ? GAIN : OFFSET).drawInt(random));
        };
    }

    /** Drives single calibration writes about one cycle in forty. */
    private static final class CalibrationWrites extends Driver<Calibration> {
        CalibrationWrites(UniformRandomProvider random) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(Calibration.RANDOM), 1), Dist.uniform(0, 78)));
        }

        @Override
        protected boolean drive(Calibration write, int beat, int[] words, int at) {
            words[at + CAL_WE] = 1;
            words[at + CAL_ADDR] = write.converter();
            words[at + CAL_GAIN] = write.gain() ? 1 : 0;
            words[at + CAL_DATA] = write.data();
            return true;
        }
    }
}
