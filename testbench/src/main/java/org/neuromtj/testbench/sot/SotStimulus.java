package org.neuromtj.testbench.sot;

import static org.neuromtj.cosim.sot.SotPorts.COLUMNS;
import static org.neuromtj.cosim.sot.SotPorts.INPUTS;
import static org.neuromtj.cosim.sot.SotPorts.LEVEL_BITS;
import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.sot.SotPorts;
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
 * Constrained-random stimulus for the write-driver controller, three agents: commands with and without
 * verify on random columns, binary and multi-level cells, retry limits from 0 (so that they are
 * reached) to the register's maximum, pulses of one to a few hundred cycles, started about one cycle in
 * forty whether the controller is busy or not; the crossbar's part, answering verify reads after random
 * delays with levels that often repeat (retries) and often hit the target (success); and resets, about
 * one cycle in twenty thousand, in the middle of commands.
 */
public final class SotStimulus {
    private static final int RST = at(INPUTS, "rst");
    private static final int CFG_VERIFY = at(INPUTS, "cfg_verify");
    private static final int CFG_MAX_RETRIES = at(INPUTS, "cfg_max_retries");
    private static final int CFG_PULSE_CYCLES = at(INPUTS, "cfg_pulse_cycles");
    private static final int CFG_TOP_LEVEL = at(INPUTS, "cfg_top_level");
    private static final int START = at(INPUTS, "start");
    private static final int ENABLE = at(INPUTS, "enable");
    private static final int TARGET = at(INPUTS, "target0");
    private static final int SENSE_VALID = at(INPUTS, "sense_valid");
    private static final int SENSED = at(INPUTS, "sensed0");

    private static final Dist RETRIES = Dist.value(0, 1).orRange(0, 1023, 1).orRange(0, 4, 4);
    private static final Dist PULSE = Dist.uniform(1, 4).orRange(1, 300, 1.0 / 9);
    private static final Dist TOP = Dist.value(1, 1).orRange(2, 63, 1);
    private static final Dist ENABLED = Dist.value((1 << COLUMNS) - 1, 2).orRange(0, (1 << COLUMNS) - 1, 1);

    private SotStimulus() {
    }

    /**
     * @param seed the stimulus seed
     * @return the stimulus of that seed
     */
    public static Environment of(long seed) {
        Commands commands = new Commands(Seeds.generator(seed, "testbench.write_driver.commands"));
        UniformRandomProvider crossbar = Seeds.generator(seed, "testbench.write_driver.crossbar");
        int[] sensed = new int[COLUMNS];
        Agent responder = (cycle, words, at) -> {
            if (crossbar.nextInt(3) == 0) {
                Command c = commands.last;
                words[at + SENSE_VALID] = 1;
                for (int k = 0; k < COLUMNS; k++) {
                    sensed[k] = crossbar.nextInt(3) == 0 ? c.target()[k] : crossbar.nextInt(c.top() + 1);
                }
                SotPorts.pack(sensed, 0, words, at, SENSED);
            }
        };
        return new Environment(INPUTS.size(), List.of(new Strobe(Seeds.generator(seed, "testbench.write_driver.resets"), RST,
                Dist.uniform(0, 39_998)),
                commands, responder));
    }

    /** A write command: its policy, its columns and their target levels. */
    private record Command(boolean verify, int maxRetries, int pulseCycles, int top, int enable, int[] target) {
        static final Generator<Command> RANDOM = random -> {
            int top = TOP.drawInt(random);
            // Mostly levels the cell has; sometimes anything the port carries.
            Dist level = Dist.uniform(0, top).orRange(0, (1 << LEVEL_BITS) - 1, 1.0 / 19);
            int[] target = new int[COLUMNS];
            for (int k = 0; k < COLUMNS; k++) {
                target[k] = level.drawInt(random);
            }
            return new Command(random.nextInt(4) != 0, RETRIES.drawInt(random), PULSE.drawInt(random), top,
                    ENABLED.drawInt(random), target);
        };
    }

    /** Starts commands and holds the last one's policy and targets on the ports in between. */
    private static final class Commands extends Driver<Command> {
        private Command last;

        Commands(UniformRandomProvider random) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(Command.RANDOM), 1), Dist.uniform(0, 78)));
            last = Command.RANDOM.draw(random);
        }

        @Override
        protected boolean drive(Command command, int beat, int[] words, int at) {
            last = command;
            words[at + START] = 1;
            words[at + ENABLE] = command.enable();
            idle(words, at);
            return true;
        }

        @Override
        protected void idle(int[] words, int at) {
            words[at + CFG_VERIFY] = last.verify() ? 1 : 0;
            words[at + CFG_MAX_RETRIES] = last.maxRetries();
            words[at + CFG_PULSE_CYCLES] = last.pulseCycles();
            words[at + CFG_TOP_LEVEL] = last.top();
            SotPorts.pack(last.target(), 0, words, at, TARGET);
        }
    }
}
