package org.neuromtj.testbench.sot;

import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import java.util.OptionalLong;
import org.neuromtj.cosim.Signal;
import org.neuromtj.cosim.sot.SotCycleModel;
import org.neuromtj.cosim.sot.SotPorts;
import org.neuromtj.testbench.BlockTestbench;
import org.neuromtj.testbench.CycleSample;
import org.neuromtj.testbench.coverage.Bin;
import org.neuromtj.testbench.coverage.Coverpoint;
import org.neuromtj.testbench.coverage.Covergroup;
import org.neuromtj.testbench.coverage.Cross;

/**
 * The SOT write-driver controller's testbench. Goal: commands with and without verify on binary and
 * multi-level cells (crossed), verified commands that succeed and that reach the retry limit, retry
 * counts of none, some and many, retry limits of 0, small and large, pulses of one, a few and many
 * cycles, pulses up, down and both in one round, reads the controller waits for, commands started
 * while busy (ignored) and resets in the middle of a command. Illegal: a pulse or a read on a column
 * the command did not enable, done while still busy.
 */
public final class SotTestbench extends BlockTestbench {
    private static final List<Signal> IN = SotPorts.INPUTS;
    private static final List<Signal> OUT = SotPorts.OUTPUTS;
    private static final int RST = at(IN, "rst");
    private static final int CFG_VERIFY = at(IN, "cfg_verify");
    private static final int CFG_MAX_RETRIES = at(IN, "cfg_max_retries");
    private static final int CFG_PULSE_CYCLES = at(IN, "cfg_pulse_cycles");
    private static final int CFG_TOP_LEVEL = at(IN, "cfg_top_level");
    private static final int START = at(IN, "start");
    private static final int ENABLE = at(IN, "enable");
    private static final int SENSE_VALID = at(IN, "sense_valid");
    private static final int SENSE_REQ = at(OUT, "sense_req");
    private static final int SENSE_MASK = at(OUT, "sense_mask");
    private static final int PULSE_START = at(OUT, "pulse_start");
    private static final int PULSE_DIR = at(OUT, "pulse_dir");
    private static final int BUSY = at(OUT, "busy");
    private static final int DONE = at(OUT, "done");
    private static final int FAILED = at(OUT, "failed");
    private static final int RETRIES = at(OUT, "retries");

    // Facts: what the running command was started with, and whether the controller was busy before.
    private static final int VERIFY = 0;
    private static final int ENABLED = 1;
    private static final int WAS_BUSY = 2;
    private static final int WAS_READING = 3;

    /** The testbench with its default regression and mutants. */
    public SotTestbench() {
        super("write_driver", 3, 150_000, IN, OUT, SotCycleModel::new, SotStimulus::of,
                List.of(new Mutant("write_driver_retry_limit_early", "off-by-one: gives up one retry early"),
                        new Mutant("write_driver_first_read_retry", "the first read of a command counts as a retry"),
                        new Mutant("write_driver_pulse_short", "off-by-one: verify-loop pulses one cycle short"),
                        new Mutant("write_driver_failed_kept", "wrong reset value: failures of the last command are kept")));
    }

    private static boolean starts(CycleSample s) {
        return s.in(RST) == 0 && s.in(START) != 0 && s.fact(WAS_BUSY) == 0;
    }

    private static boolean done(CycleSample s) {
        return s.in(RST) == 0 && s.out(DONE) != 0;
    }

    @Override
    public Covergroup<CycleSample> coverage() {
        Covergroup<CycleSample> g = new Covergroup<>("write_driver");
        Coverpoint<CycleSample> mode = g.add(new Coverpoint<CycleSample>("mode",
                s -> when(starts(s), s.in(CFG_VERIFY) != 0 ? 1 : 0))
                .bin(Bin.of("open loop", 0)).bin(Bin.of("verify", 1)));
        Coverpoint<CycleSample> cells = g.add(new Coverpoint<CycleSample>("cells",
                s -> when(starts(s), s.in(CFG_TOP_LEVEL) == 1 ? 0 : 1))
                .bin(Bin.of("binary", 0)).bin(Bin.of("multi-level", 1)));
        g.add(new Cross<>("mode x cells", mode, cells));
        g.add(new Coverpoint<CycleSample>("verdict", s -> when(done(s) && s.fact(VERIFY) != 0,
                s.out(FAILED) != 0 ? 1 : 0)).bin(Bin.of("all cells right", 0)).bin(Bin.of("retry limit reached", 1)));
        g.add(new Coverpoint<CycleSample>("retries", s -> when(done(s) && s.fact(VERIFY) != 0, s.out(RETRIES)))
                .bin(Bin.of("none", 0)).bin(Bin.range("some", 1, 15)).bin(Bin.range("many", 16, 0xFFFF)));
        g.add(new Coverpoint<CycleSample>("retry limit", s -> when(starts(s) && s.in(CFG_VERIFY) != 0,
                s.in(CFG_MAX_RETRIES))).bin(Bin.of("0", 0)).bin(Bin.range("1-4", 1, 4))
                .bin(Bin.range("over 4", 5, 1023)));
        g.add(new Coverpoint<CycleSample>("pulse length", s -> when(starts(s), s.in(CFG_PULSE_CYCLES)))
                .bin(Bin.of("1 cycle", 1)).bin(Bin.range("2-4 cycles", 2, 4)).bin(Bin.range("over 4", 5, 1 << 20)));
        g.add(new Coverpoint<CycleSample>("pulse direction", s -> {
            int pulses = s.out(PULSE_START);
            if (s.in(RST) != 0 || pulses == 0) {
                return OptionalLong.empty();
            }
            if ((pulses & ~s.fact(ENABLED)) != 0) {
                return OptionalLong.of(3);
            }
            int up = pulses & s.out(PULSE_DIR);
            return OptionalLong.of(up == pulses ? 0 : up == 0 ? 1 : 2);
        }).bin(Bin.of("up", 0)).bin(Bin.of("down", 1)).bin(Bin.of("both in one round", 2))
                .illegal(Bin.of("on a column not enabled", 3)));
        g.add(new Coverpoint<CycleSample>("read", s -> {
            if (s.in(RST) != 0 || s.out(SENSE_REQ) == 0) {
                return OptionalLong.empty();
            }
            if ((s.out(SENSE_MASK) & ~s.fact(ENABLED)) != 0) {
                return OptionalLong.of(2);
            }
            return OptionalLong.of(s.fact(WAS_READING) != 0 && s.in(SENSE_VALID) == 0 ? 1 : 0);
        }).bin(Bin.of("asked", 0)).bin(Bin.of("waiting for the answer", 1))
                .illegal(Bin.of("of a column not enabled", 2)));
        g.add(new Coverpoint<CycleSample>("interruptions", s -> s.fact(WAS_BUSY) == 0 ? OptionalLong.empty()
                : s.in(RST) != 0 ? OptionalLong.of(1) : when(s.in(START) != 0, 0))
                .bin(Bin.of("start while busy", 0)).bin(Bin.of("reset mid-command", 1)));
        g.add(new Coverpoint<CycleSample>("handshake", s -> when(done(s), s.out(BUSY)))
                .bin(Bin.of("done and idle", 0)).illegal(Bin.of("done while busy", 1)));
        return g;
    }

    @Override
    public Monitor monitor(Covergroup<CycleSample> coverage) {
        long[] state = new long[CycleSample.FACTS];
        return s -> {
            s.fact(WAS_BUSY, state[WAS_BUSY]);
            s.fact(WAS_READING, state[WAS_READING]);
            if (starts(s) || s.in(RST) != 0) {
                state[VERIFY] = s.in(CFG_VERIFY);
                state[ENABLED] = s.in(RST) != 0 ? 0 : s.in(ENABLE);
            }
            s.fact(VERIFY, state[VERIFY]);
            s.fact(ENABLED, state[ENABLED]);
            coverage.sample(s);
            state[WAS_BUSY] = s.in(RST) != 0 ? 0 : s.out(BUSY);
            state[WAS_READING] = s.in(RST) != 0 ? 0 : s.out(SENSE_REQ);
        };
    }
}
