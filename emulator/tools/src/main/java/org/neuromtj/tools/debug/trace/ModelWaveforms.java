package org.neuromtj.tools.debug.trace;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuEvents;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.chip.npu.neuron.NeuronArray;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * The model's signals as a VCD file, to view beside the RTL's waveforms: every router's input FIFO
 * levels cycle by cycle while the mesh runs, each tile's TDC conversions, read cycles and every string's
 * TDC code per timestep (at the end of the read),
 * every CMOS LIF neuron's membrane after each update, and the timestep number. Time is in nanoseconds
 * of the NPU clock. A timestep's changes are written in time order when it ends; only changes inside
 * the window are written.
 */
public final class ModelWaveforms implements NpuEvents {
    /** Groups of signals to record. */
    public enum Group {
        /** Router input FIFO levels. */
        FIFOS,
        /** TDC conversions, read cycles and each string's code per tile. */
        TDC,
        /** CMOS LIF membranes. */
        MEMBRANES
    }

    private record Change(long time, String id, long value, int width) {
    }

    private final Npu npu;
    private final TraceWindow window;
    private final Set<Group> groups;
    private final PrintWriter out;
    private final Map<String, Long> last = new HashMap<>();
    private final List<Change> pending = new ArrayList<>();
    private final String timestepId;
    private final String[][] fifoIds;
    private final String[] conversionIds;
    private final String[] readIds;
    private final String[][] membraneIds;
    private final long[] conversions;
    private final long[] readCycles;
    private final String[][] codeIds;
    private final int[][] codes;
    private final int codeBits;
    private int next;

    /**
     * Writes the header; the signals follow as the NPU runs.
     *
     * @param npu    the NPU
     * @param window the cycles to record
     * @param groups which signals
     * @param out    the VCD file
     */
    public ModelWaveforms(Npu npu, TraceWindow window, Set<Group> groups, PrintWriter out) {
        this.npu = npu;
        this.window = window;
        this.groups = groups.isEmpty() ? EnumSet.noneOf(Group.class) : EnumSet.copyOf(groups);
        this.out = out;
        int tiles = npu.tiles().size();
        out.println("$version NeuroMTJ model waveforms $end");
        out.println("$timescale 1ns $end");
        out.println("$scope module npu $end");
        timestepId = wire("timestep", 32);
        fifoIds = new String[tiles][];
        conversionIds = new String[tiles];
        readIds = new String[tiles];
        membraneIds = new String[tiles][];
        conversions = new long[tiles];
        readCycles = new long[tiles];
        codeIds = new String[tiles][];
        codes = new int[tiles][];
        codeBits = npu.tiles().get(0).config().tdc().bits();
        for (int t = 0; t < tiles; t++) {
            out.println("$scope module tile" + t + " $end");
            if (this.groups.contains(Group.FIFOS) && npu.router().fifoLevel(t, Port.LOCAL) >= 0) {
                fifoIds[t] = new String[Port.ALL.length];
                for (Port p : Port.ALL) {
                    fifoIds[t][p.ordinal()] = wire("fifo_" + p.name().toLowerCase(Locale.ROOT), 8);
                }
            }
            if (this.groups.contains(Group.TDC)) {
                conversionIds[t] = wire("tdc_conversions", 32);
                readIds[t] = wire("read_cycles", 32);
                int strings = npu.tiles().get(t).config().geometry().strings();
                codeIds[t] = new String[strings];
                codes[t] = new int[strings];
                for (int k = 0; k < strings; k++) {
                    codeIds[t][k] = wire("tdc_code" + k, codeBits);
                }
            }
            NeuronArray neurons = npu.tiles().get(t).neurons();
            if (this.groups.contains(Group.MEMBRANES) && neurons instanceof LifNeurons) {
                membraneIds[t] = new String[neurons.size()];
                for (int n = 0; n < neurons.size(); n++) {
                    membraneIds[t][n] = wire("membrane" + n, 32);
                }
            }
            out.println("$upscope $end");
        }
        out.println("$upscope $end");
        out.println("$enddefinitions $end");
    }

    private String wire(String name, int width) {
        StringBuilder id = new StringBuilder();
        for (int k = next++; ; k /= 94) {
            id.append((char) ('!' + k % 94));
            if (k < 94) {
                break;
            }
        }
        out.printf("$var wire %d %s %s $end%n", width, id, name);
        return id.toString();
    }

    private void change(long cycle, String id, long value, int width) {
        if (id != null && window.contains(cycle)) {
            pending.add(new Change(Math.round(ClockDomain.CORE.nanoseconds(cycle)), id, value, width));
        }
    }

    @Override
    public void routerCycle(long cycle) {
        for (int t = 0; t < fifoIds.length; t++) {
            if (fifoIds[t] != null) {
                for (Port p : Port.ALL) {
                    change(cycle, fifoIds[t][p.ordinal()], npu.router().fifoLevel(t, p), 8);
                }
            }
        }
    }

    @Override
    public void conversions(int tile, int timestep, long conversions, long readCycles, int[] codes) {
        this.conversions[tile] = conversions;
        this.readCycles[tile] = readCycles;
        if (codeIds[tile] != null) {
            System.arraycopy(codes, 0, this.codes[tile], 0, Math.min(codes.length, this.codes[tile].length));
        }
    }

    @Override
    public void timestep(TimestepReport r) {
        change(r.startCycle(), timestepId, r.index(), 32);
        long read = r.startCycle() + r.deliverCycles();
        for (int t = 0; t < conversionIds.length; t++) {
            change(read, conversionIds[t], conversions[t], 32);
            change(read, readIds[t], readCycles[t], 32);
            if (codeIds[t] != null) {
                long done = read + r.readCycles();
                for (int k = 0; k < codeIds[t].length; k++) {
                    change(done, codeIds[t][k], codes[t][k], codeBits);
                }
            }
        }
        long updated = r.startCycle() + r.deliverCycles() + r.readCycles() + r.updateCycles();
        for (int t = 0; t < membraneIds.length; t++) {
            if (membraneIds[t] != null) {
                LifNeurons lif = (LifNeurons) npu.tiles().get(t).neurons();
                for (int n = 0; n < membraneIds[t].length; n++) {
                    change(updated, membraneIds[t][n], lif.membrane(n) & 0xFFFF_FFFFL, 32);
                }
            }
        }
        flush();
    }

    /** Writes the buffered changes in time order, each only if its value changed. */
    private void flush() {
        pending.sort((a, b) -> Long.compare(a.time(), b.time()));
        long time = -1;
        for (Change c : pending) {
            Long before = last.put(c.id(), c.value());
            if (before != null && before == c.value()) {
                continue;
            }
            if (c.time() != time) {
                out.println("#" + c.time());
                time = c.time();
            }
            out.println("b" + Long.toBinaryString(c.value()) + " " + c.id());
        }
        pending.clear();
        out.flush();
    }
}
