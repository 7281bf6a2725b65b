package org.neuromtj.testbench.router;

import static org.neuromtj.testbench.CycleSample.at;

import java.util.List;
import java.util.OptionalLong;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.cosim.Signal;
import org.neuromtj.cosim.router.RouterCycleModel;
import org.neuromtj.cosim.router.RouterPorts;
import org.neuromtj.testbench.BlockTestbench;
import org.neuromtj.testbench.CycleSample;
import org.neuromtj.testbench.coverage.Bin;
import org.neuromtj.testbench.coverage.Covergroup;
import org.neuromtj.testbench.coverage.Coverpoint;

/**
 * The router mesh's testbench. Goal: a full input FIFO on every port (so that every port's upstream is
 * held back) and an empty mesh, injections accepted, refused as full and refused as unroutable, sinks
 * that refuse while packets wait for them, misrouted packets, meshes of one tile, one row, one column
 * and two dimensions, hops and links of one and of several cycles, resets and table writes while
 * packets are in flight. Illegal: a full FIFO in an idle mesh, a counter that goes backwards.
 */
public final class RouterTestbench extends BlockTestbench {
    private static final List<Signal> IN = RouterPorts.INPUTS;
    private static final List<Signal> OUT = RouterPorts.OUTPUTS;
    private static final int RST = at(IN, "rst");
    private static final int CFG_WIDTH = at(IN, "cfg_width");
    private static final int CFG_HEIGHT = at(IN, "cfg_height");
    private static final int CFG_HOP = at(IN, "cfg_hop");
    private static final int CFG_LINK = at(IN, "cfg_link");
    private static final int TBL_WE = at(IN, "tbl_we");
    private static final int SINK_READY = at(IN, "sink_ready");
    private static final int INJ_STATUS = at(OUT, "inj_status");
    private static final int FIFO_FULL = at(OUT, "fifo_full_0");
    private static final int IDLE = at(OUT, "idle");
    private static final int HOPS = at(OUT, "hops");
    private static final int STALLS = at(OUT, "stalls");
    private static final int MISROUTED = at(OUT, "misrouted");

    // Facts: the mesh's size, whether it was idle, and the counters, all as of the edge before.
    private static final int TILES = 0;
    private static final int WAS_IDLE = 1;
    private static final int LAST_HOPS = 2;
    private static final int LAST_STALLS = 3;
    private static final int LAST_MISROUTED = 4;

    /** The testbench with its default regression and mutants. */
    public RouterTestbench() {
        super("router", 3, 100_000, IN, OUT, RouterCycleModel::new, RouterStimulus::of,
                List.of(new Mutant("router_no_credit", "lost backpressure: a link sends without a credit"),
                        new Mutant("router_sink_ignored", "lost backpressure: each tile heeds its neighbour's sink"),
                        new Mutant("router_fixed_priority", "wrong priority: the round robin never moves on"),
                        new Mutant("router_hop_short", "off-by-one: a multi-cycle hop arrives a cycle early")));
    }

    private static boolean running(CycleSample s) {
        return s.in(RST) == 0;
    }

    @Override
    public Covergroup<CycleSample> coverage() {
        Covergroup<CycleSample> g = new Covergroup<>("router");
        Coverpoint<CycleSample> full = new Coverpoint<>("full FIFO", s -> {
            if (!running(s)) {
                return OptionalLong.empty();
            }
            long ports = 0;
            for (int t = 0; t < s.fact(TILES); t++) {
                ports |= s.out(FIFO_FULL + t);
            }
            return ports == 0 ? OptionalLong.empty() : OptionalLong.of(s.out(IDLE) != 0 ? -1 : ports);
        });
        for (Port p : Port.ALL) {
            full.bin(new Bin(p.name().toLowerCase(java.util.Locale.ROOT) + " input", v -> v > 0 && (v & p.bit()) != 0));
        }
        g.add(full.illegal(Bin.of("in an idle mesh", -1)));
        g.add(new Coverpoint<CycleSample>("empty mesh", s -> when(running(s) && s.out(IDLE) != 0
                && s.fact(WAS_IDLE) == 0, 0)).bin(Bin.of("drained", 0)));
        g.add(new Coverpoint<CycleSample>("injection", s -> {
            if (!running(s)) {
                return OptionalLong.empty();
            }
            int status = s.out(INJ_STATUS);
            long seen = 0;
            for (int t = 0; t < 16; t++) {
                seen |= 1L << (status >>> 2 * t & 3);
            }
            return OptionalLong.of(seen & ~1L);
        }).bin(new Bin("accepted", v -> (v & 2) != 0)).bin(new Bin("full", v -> (v & 4) != 0))
                .bin(new Bin("unroutable", v -> (v & 8) != 0)));
        g.add(new Coverpoint<CycleSample>("counters", s -> {
            if (!running(s)) {
                return OptionalLong.empty();
            }
            long hops = s.out(HOPS) - s.fact(LAST_HOPS);
            long stalls = s.out(STALLS) - s.fact(LAST_STALLS);
            long bad = s.out(MISROUTED) - s.fact(LAST_MISROUTED);
            if (hops < 0 || stalls < 0 || bad < 0) {
                return OptionalLong.of(-1);
            }
            boolean refusing = (s.in(SINK_READY) & ((1 << s.fact(TILES)) - 1)) != (1 << s.fact(TILES)) - 1;
            return OptionalLong.of((stalls > 0 && refusing ? 1 : 0) | (bad > 0 ? 2 : 0) | (hops > 0 ? 4 : 0));
        }).bin(new Bin("stall while a sink refuses", v -> v > 0 && (v & 1) != 0))
                .bin(new Bin("misrouted", v -> v > 0 && (v & 2) != 0))
                .bin(new Bin("hop", v -> v > 0 && (v & 4) != 0)).illegal(Bin.of("going backwards", -1)));
        g.add(new Coverpoint<CycleSample>("mesh", s -> when(s.in(RST) != 0,
                s.in(CFG_WIDTH) == 1 && s.in(CFG_HEIGHT) == 1 ? 0 : s.in(CFG_HEIGHT) == 1 ? 1
                        : s.in(CFG_WIDTH) == 1 ? 2 : 3))
                .bin(Bin.of("one tile", 0)).bin(Bin.of("one row", 1)).bin(Bin.of("one column", 2))
                .bin(Bin.of("two dimensions", 3)));
        g.add(new Coverpoint<CycleSample>("timing", s -> when(s.in(RST) != 0,
                (s.in(CFG_HOP) > 1 ? 1 : 0) | (s.in(CFG_LINK) > 1 ? 2 : 0)))
                .bin(Bin.of("1-cycle hops and links", 0)).bin(Bin.of("longer hops", 1))
                .bin(Bin.of("slower links", 2)).bin(Bin.of("both longer", 3)));
        g.add(new Coverpoint<CycleSample>("while in flight", s -> s.fact(WAS_IDLE) != 0 ? OptionalLong.empty()
                : s.in(RST) != 0 ? OptionalLong.of(0) : when(s.in(TBL_WE) != 0, 1))
                .bin(Bin.of("reset", 0)).bin(Bin.of("table write", 1)));
        return g;
    }

    @Override
    public Monitor monitor(Covergroup<CycleSample> coverage) {
        long[] state = {1, 1, 0, 0, 0};
        return s -> {
            if (s.in(RST) != 0) {
                state[TILES] = (long) s.in(CFG_WIDTH) * s.in(CFG_HEIGHT);
            }
            for (int f = 0; f < state.length; f++) {
                s.fact(f, state[f]);
            }
            coverage.sample(s);
            state[WAS_IDLE] = s.out(IDLE);
            state[LAST_HOPS] = s.out(HOPS);
            state[LAST_STALLS] = s.out(STALLS);
            state[LAST_MISROUTED] = s.out(MISROUTED);
        };
    }
}
