package org.neuromtj.testbench.tdc;

import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import java.util.OptionalLong;
import org.neuromtj.cosim.Signal;
import org.neuromtj.cosim.tdc.TdcCycleModel;
import org.neuromtj.cosim.tdc.TdcPorts;
import org.neuromtj.testbench.BlockTestbench;
import org.neuromtj.testbench.CycleSample;
import org.neuromtj.testbench.coverage.Bin;
import org.neuromtj.testbench.coverage.Coverpoint;
import org.neuromtj.testbench.coverage.Covergroup;
import org.neuromtj.testbench.coverage.Cross;

/**
 * A TDC bank's testbench. Goal: conversions that end on the comparator and at full scale (crossed
 * with narrow, middle and wide codes), codes at zero, in range and saturated (probe path and
 * captures), rounds started while idle and while still counting (restart in the middle of an
 * operation), a comparator already high at a round's start, resets while counting, offset and gain
 * writes (a gain of 0 among them, and writes while counting), and mux selects at 0, in between and at
 * the top. Illegal: a code above full scale, a saturation flag that disagrees with the code.
 */
public final class TdcTestbench extends BlockTestbench {
    private static final List<Signal> IN = TdcPorts.INPUTS;
    private static final List<Signal> OUT = TdcPorts.OUTPUTS;
    private static final int RST = at(IN, "rst");
    private static final int CFG_BITS = at(IN, "cfg_bits");
    private static final int CAL_WE = at(IN, "cal_we");
    private static final int CAL_GAIN = at(IN, "cal_gain");
    private static final int CAL_DATA = at(IN, "cal_data");
    private static final int START = at(IN, "start");
    private static final int SEL = at(IN, "sel");
    private static final int FIRE = at(IN, "fire");
    private static final int ACTIVE = at(OUT, "active");
    private static final int RD_CODE = at(OUT, "rd_code");
    private static final int RD_SATURATED = at(OUT, "rd_saturated");
    private static final int PROBE_CODE = at(OUT, "probe_code");

    // Facts: the code width taken at reset, what was counting before this edge.
    private static final int BITS = 0;
    private static final int WAS_ACTIVE = 1;

    /** The testbench with its default regression and mutants. */
    public TdcTestbench() {
        super("tdc", 3, 150_000, IN, OUT, TdcCycleModel::new, TdcStimulus::of,
                List.of(new Mutant("tdc_full_scale_early", "off-by-one: counting stops one count before full scale"),
                        new Mutant("tdc_gain_zero_kept", "a gain register written 0 keeps 0 instead of acting as 1"),
                        new Mutant("tdc_capture_before_start", "wrong priority: a high comparator beats a new start"),
                        new Mutant("tdc_gain_reset", "wrong reset value: gain registers reset to 255, not unity")));
    }

    private static boolean running(CycleSample s) {
        return s.in(RST) == 0;
    }

    /** Converters that stopped at this edge without a new start: the comparator's, or full scale's. */
    private static int stopped(CycleSample s) {
        return running(s) && s.in(START) == 0 ? (int) s.fact(WAS_ACTIVE) & ~s.out(ACTIVE) : 0;
    }

    private static long widthClass(long bits) {
        return bits <= 4 ? 0 : bits <= 10 ? 1 : 2;
    }

    private static long codeClass(long code, long bits) {
        long max = (1L << bits) - 1;
        return code > max ? 3 : code == 0 ? 0 : code == max ? 2 : 1;
    }

    @Override
    public Covergroup<CycleSample> coverage() {
        Covergroup<CycleSample> g = new Covergroup<>("tdc");
        Coverpoint<CycleSample> end = g.add(new Coverpoint<CycleSample>("conversion end", s -> {
            int stop = stopped(s);
            return stop == 0 ? OptionalLong.empty() : OptionalLong.of((stop & ~s.in(FIRE)) != 0 ? 1 : 0);
        }).bin(Bin.of("comparator", 0)).bin(Bin.of("full scale", 1)));
        Coverpoint<CycleSample> width = g.add(new Coverpoint<CycleSample>("code width",
                s -> when(stopped(s) != 0, widthClass(s.fact(BITS))))
                .bin(Bin.of("1-4 bits", 0)).bin(Bin.of("5-10 bits", 1)).bin(Bin.of("11-16 bits", 2)));
        g.add(new Cross<>("end x width", end, width));
        g.add(new Coverpoint<CycleSample>("probe code", s -> when(running(s),
                codeClass(s.out(PROBE_CODE), s.fact(BITS))))
                .bin(Bin.of("zero", 0)).bin(Bin.of("in range", 1)).bin(Bin.of("saturated", 2))
                .illegal(Bin.of("above full scale", 3)));
        g.add(new Coverpoint<CycleSample>("read code", s -> {
            if (!running(s)) {
                return OptionalLong.empty();
            }
            long c = codeClass(s.out(RD_CODE), s.fact(BITS));
            boolean flag = s.out(RD_SATURATED) != 0;
            return OptionalLong.of(flag != (c == 0 || c == 2) ? 4 : c);
        }).bin(Bin.of("zero", 0)).bin(Bin.of("in range", 1)).bin(Bin.of("saturated", 2))
                .illegal(Bin.of("above full scale", 3)).illegal(Bin.of("saturation flag wrong", 4)));
        g.add(new Coverpoint<CycleSample>("round start", s -> when(running(s) && s.in(START) != 0,
                s.fact(WAS_ACTIVE) != 0 ? 1 : (s.in(FIRE) != 0 ? 2 : 0)))
                .bin(Bin.of("while idle", 0)).bin(Bin.of("restart while counting", 1))
                .bin(Bin.of("comparator already high", 2)));
        g.add(new Coverpoint<CycleSample>("reset", s -> when(s.in(RST) != 0 && s.fact(WAS_ACTIVE) != 0, 0))
                .bin(Bin.of("while counting", 0)));
        g.add(new Coverpoint<CycleSample>("calibration", s -> when(running(s) && s.in(CAL_WE) != 0,
                s.in(CAL_GAIN) == 0 ? (s.fact(WAS_ACTIVE) != 0 ? 1 : 0) : s.in(CAL_DATA) == 0 ? 3 : 2))
                .bin(Bin.of("offset", 0)).bin(Bin.of("offset while counting", 1)).bin(Bin.of("gain", 2))
                .bin(Bin.of("gain 0", 3)));
        g.add(new Coverpoint<CycleSample>("mux select", s -> when(running(s) && s.in(START) != 0, s.in(SEL)))
                .bin(Bin.of("0", 0)).bin(Bin.range("between", 1, 4094)).bin(Bin.of("top", 4095)));
        return g;
    }

    @Override
    public Monitor monitor(Covergroup<CycleSample> coverage) {
        long[] state = {1, 0};
        return s -> {
            if (s.in(RST) != 0) {
                state[BITS] = s.in(CFG_BITS);
            }
            s.fact(BITS, state[BITS]);
            s.fact(WAS_ACTIVE, state[WAS_ACTIVE]);
            coverage.sample(s);
            state[WAS_ACTIVE] = s.out(ACTIVE) & 0xFFFF_FFFFL;
        };
    }
}
