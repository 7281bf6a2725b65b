package org.neuromtj.testbench.lif;

import static org.neuromtj.testbench.CycleSample.at;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.neuromtj.cosim.Signal;
import org.neuromtj.cosim.lif.LifCycleModel;
import org.neuromtj.cosim.lif.LifPorts;
import org.neuromtj.testbench.BlockTestbench;
import org.neuromtj.testbench.CycleSample;
import org.neuromtj.testbench.coverage.Bin;
import org.neuromtj.testbench.coverage.Coverpoint;
import org.neuromtj.testbench.coverage.Covergroup;
import org.neuromtj.testbench.coverage.Cross;

/**
 * The LIF array's testbench. Goal: both leak modes, both reset modes, quiet, firing and refractory
 * updates (crossed with the leak mode), membranes saturated at the bottom, negative, zero and positive
 * (a membrane that reaches the top fires, so the top itself is never left in a neuron), the refractory counter
 * entering, counting down and leaving, small negative membranes leaking toward zero (leak underflow) in
 * both modes, every membrane width class, and resets, clears and threshold writes in the middle of a
 * run. Illegal: a membrane below its width or left at the top, a refractory counter that does not count down by one, a
 * neuron firing while refractory.
 */
public final class LifTestbench extends BlockTestbench {
    private static final List<Signal> IN = LifPorts.INPUTS;
    private static final List<Signal> OUT = LifPorts.OUTPUTS;
    private static final int RST = at(IN, "rst");
    private static final int CLEAR = at(IN, "clear");
    private static final int WIDTH = at(IN, "cfg_width");
    private static final int LEAK_MUL = at(IN, "cfg_leak_mul");
    private static final int SHIFT = at(IN, "cfg_shift");
    private static final int REFRACTORY = at(IN, "cfg_refractory");
    private static final int RESET_SUB = at(IN, "cfg_reset_sub");
    private static final int THRESHOLD_WE = at(IN, "threshold_we");
    private static final int IN_VALID = at(IN, "in_valid");
    private static final int IN_NEURON = at(IN, "in_neuron");
    private static final int IN_CURRENT = at(IN, "in_current");
    private static final int OUT_FIRED = at(OUT, "out_fired");
    private static final int OUT_MEMBRANE = at(OUT, "out_membrane");
    private static final int OUT_REFRACTORY = at(OUT, "out_refractory");

    // Facts the monitor derives: the updated neuron's state before this cycle, and the circuit at reset.
    private static final int PREV_MEMBRANE = 0;
    private static final int PREV_REFRACTORY = 1;
    private static final int F_WIDTH = 2;
    private static final int F_LEAK_MUL = 3;
    private static final int F_SHIFT = 4;
    private static final int F_RESET_SUB = 5;
    private static final int UPDATES = 6;
    private static final int LIVE = 7;
    private static final int F_REFRACTORY = 8;

    /** The testbench with its default regression and mutants. */
    public LifTestbench() {
        super("lif", 4, 300_000, IN, OUT, LifCycleModel::new, LifStimulus::of,
                List.of(new Mutant("lif_leak_bug", "off-by-one: the shift leak shifts one place too far"),
                        new Mutant("lif_threshold_gt", "wrong comparison: fires only above the threshold, not at it"),
                        new Mutant("lif_refractory_short", "off-by-one: refractory periods one update short"),
                        new Mutant("lif_threshold_reset", "wrong reset value: the threshold register resets to 2, not 1")));
    }

    private static boolean update(CycleSample s) {
        return s.in(RST) == 0 && s.in(CLEAR) == 0 && s.in(IN_VALID) != 0;
    }

    private static Coverpoint<CycleSample> point(String name, Function<CycleSample, OptionalLong> value) {
        return new Coverpoint<>(name, value);
    }

    @Override
    public Covergroup<CycleSample> coverage() {
        Covergroup<CycleSample> g = new Covergroup<>("lif");
        Coverpoint<CycleSample> outcome = g.add(point("outcome", s -> when(update(s),
                s.out(OUT_FIRED) != 0 ? 1 : s.fact(PREV_REFRACTORY) > 0 ? 2 : 0))
                .bin(Bin.of("quiet", 0)).bin(Bin.of("fired", 1)).bin(Bin.of("refractory hold", 2)));
        Coverpoint<CycleSample> leak = g.add(point("leak", s -> when(update(s), s.fact(F_LEAK_MUL)))
                .bin(Bin.of("shift", 0)).bin(Bin.of("multiply", 1)));
        g.add(new Cross<>("leak x outcome", leak, outcome));
        g.add(point("reset", s -> when(update(s) && s.out(OUT_FIRED) != 0, s.fact(F_RESET_SUB)))
                .bin(Bin.of("to zero", 0)).bin(Bin.of("subtract", 1)));
        g.add(point("membrane", s -> when(update(s), membraneClass(s)))
                .bin(Bin.of("at minimum", 0)).bin(Bin.of("negative", 1)).bin(Bin.of("zero", 2))
                .bin(Bin.of("positive", 3)).illegal(Bin.of("at or above the top", 4)));
        g.add(point("refractory", s -> update(s) ? refractoryStep(s) : OptionalLong.empty())
                .bin(Bin.of("enters", 1)).bin(Bin.of("counts down", 2)).bin(Bin.of("leaves", 3))
                .illegal(Bin.of("skips a count", 4)).illegal(Bin.of("fires while refractory", 5)));
        g.add(point("leak underflow", s -> when(update(s) && s.in(IN_CURRENT) == 0 && s.fact(PREV_REFRACTORY) == 0
                && s.fact(PREV_MEMBRANE) < 0 && s.fact(PREV_MEMBRANE) > -(1L << Math.max(1, s.fact(F_SHIFT))),
                s.fact(F_LEAK_MUL))).bin(Bin.of("shift", 0)).bin(Bin.of("multiply", 1)));
        g.add(point("width", s -> when(s.in(RST) != 0, s.in(WIDTH)))
                .bin(Bin.range("narrow 2-8", 2, 8)).bin(Bin.range("medium 9-24", 9, 24))
                .bin(Bin.range("wide 25-32", 25, 32)));
        g.add(point("control", s -> s.in(RST) != 0 ? when(s.fact(UPDATES) > 0, 0)
                : s.in(CLEAR) != 0 ? when(s.fact(LIVE) != 0, 1) : when(s.in(THRESHOLD_WE) != 0, 2))
                .bin(Bin.of("reset mid-run", 0)).bin(Bin.of("clear with live membranes", 1))
                .bin(Bin.of("threshold write", 2)));
        return g;
    }

    private static long membraneClass(CycleSample s) {
        long max = (1L << (s.fact(F_WIDTH) - 1)) - 1;
        long min = -(1L << (s.fact(F_WIDTH) - 1));
        long v = s.out(OUT_MEMBRANE);
        return v >= max || v < min ? 4 : v == min ? 0 : v < 0 ? 1 : v == 0 ? 2 : 3;
    }

    private static OptionalLong refractoryStep(CycleSample s) {
        long before = s.fact(PREV_REFRACTORY);
        long after = s.out(OUT_REFRACTORY);
        if (before > 0) {
            return OptionalLong.of(s.out(OUT_FIRED) != 0 ? 5 : after != before - 1 ? 4 : after == 0 ? 3 : 2);
        }
        return when(after > 0 && s.out(OUT_FIRED) != 0 && after == s.fact(F_REFRACTORY), 1);
    }

    @Override
    public Monitor monitor(Covergroup<CycleSample> coverage) {
        int[] membrane = new int[LifPorts.NEURONS];
        int[] refractory = new int[LifPorts.NEURONS];
        long[] circuit = new long[CycleSample.FACTS];
        long[] updates = {0};
        int[] live = {0};
        return s -> {
            if (s.in(RST) != 0) {
                circuit[F_WIDTH] = s.in(WIDTH);
                circuit[F_LEAK_MUL] = s.in(LEAK_MUL);
                circuit[F_SHIFT] = s.in(SHIFT);
                circuit[F_RESET_SUB] = s.in(RESET_SUB);
                circuit[F_REFRACTORY] = s.in(REFRACTORY);
            }
            int n = s.in(IN_NEURON) & 0xFF;
            for (int f : new int[] {F_WIDTH, F_LEAK_MUL, F_SHIFT, F_RESET_SUB, F_REFRACTORY}) {
                s.fact(f, circuit[f]);
            }
            s.fact(PREV_MEMBRANE, membrane[n]);
            s.fact(PREV_REFRACTORY, refractory[n]);
            s.fact(UPDATES, updates[0]);
            s.fact(LIVE, live[0] > 0 ? 1 : 0);
            coverage.sample(s);
            if (s.in(RST) != 0 || s.in(CLEAR) != 0) {
                Arrays.fill(membrane, 0);
                Arrays.fill(refractory, 0);
                live[0] = 0;
                updates[0] = s.in(RST) != 0 ? 0 : updates[0];
            } else if (s.in(IN_VALID) != 0) {
                live[0] += (s.out(OUT_MEMBRANE) != 0 ? 1 : 0) - (membrane[n] != 0 ? 1 : 0);
                membrane[n] = s.out(OUT_MEMBRANE);
                refractory[n] = s.out(OUT_REFRACTORY);
                updates[0]++;
            }
        };
    }
}
