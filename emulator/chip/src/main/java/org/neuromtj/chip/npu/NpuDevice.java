package org.neuromtj.chip.npu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.neuromtj.chip.npu.router.RoutingException;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.regs.ChipRegisters.Npu;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.chip.soc.InterruptLine;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.core.Ram;

/**
 * The NPU's register block and its sequencer in simulated time. A RUN write starts timesteps one
 * after another, each ending at the cycle its phases add up to; output spikes become visible to the
 * core at the cycle they entered the output FIFO. When the output FIFO holds more than its depth the
 * sequencer holds until the core has read enough. The interrupt line is recomputed from state in one
 * place, {@link #updateIrq()}.
 */
public final class NpuDevice implements MmioDevice, Stateful {
    private static final int DESCRIPTOR_BYTES = 16;

    private final org.neuromtj.chip.npu.Npu npu;
    private final EventQueue events;
    private final LongSupplier now;
    private final InterruptLine irq;
    private final Ram ram;
    private final Map<Integer, List<RoutingTable.Entry>> staged = new HashMap<>();
    private int pending;
    private int enable;
    private int errors;
    private long unmappedReported;
    private long left;
    private boolean running;
    private boolean held;
    private long timestepsDone;
    private long lastCycles;
    private int outTimestep;
    private int routeTile;
    private int routeIndex;
    private int routeKey;
    private int routeMask;
    private int routePorts;
    private int routeErrorTile;
    private int mapTile;
    private int mapIndex;
    private int mapKey;
    private int mapMask;
    private int mapRow;
    private int mapFanout = 1;
    private int dmaDescriptor;
    private boolean dmaBusy;
    private boolean dmaError;
    private long spikesIn;
    private long spikesFired;
    /** Cycles of the events this device has scheduled and that have not fired, or −1: a snapshot re-schedules them. */
    private long nextStart = -1;
    private long currentEnd = -1;
    private long irqAt = -1;
    private long dmaDoneAt = -1;

    /**
     * @param npu    the NPU it controls
     * @param events the simulation's event queue
     * @param now    the current cycle
     * @param irq    the interrupt controller's NPU source
     * @param ram    main memory, for DMA
     */
    public NpuDevice(org.neuromtj.chip.npu.Npu npu, EventQueue events, LongSupplier now, InterruptLine irq,
                     Ram ram) {
        this.npu = npu;
        this.events = events;
        this.now = now;
        this.irq = irq;
        this.ram = ram;
    }

    @Override
    public int read(int offset, int size) {
        if (size != 4) {
            throw BusFault.INSTANCE;
        }
        return switch (offset) {
            case Npu.MESH -> npu.config().mesh().width() | npu.config().mesh().height() << Npu.MESH_HEIGHT_LSB;
            case Npu.STATUS -> (left > 0 || running ? Npu.STATUS_BUSY : 0) | (held ? Npu.STATUS_HELD : 0) | errors;
            case Npu.TIMESTEPS_DONE -> (int) timestepsDone;
            case Npu.TIMESTEPS_LEFT -> (int) left;
            case Npu.LAST_CYCLES -> (int) lastCycles;
            case Npu.IRQ_PENDING -> pendingNow();
            case Npu.IRQ_ENABLE -> enable;
            case Npu.IN_LEVEL -> npu.inputLevel();
            case Npu.OUT_SPIKE -> takeOutput();
            case Npu.OUT_LEVEL -> visibleOutputs();
            case Npu.OUT_TIMESTEP -> outTimestep;
            case Npu.ROUTE_TILE -> routeTile;
            case Npu.ROUTE_INDEX -> routeIndex;
            case Npu.ROUTE_KEY -> routeKey;
            case Npu.ROUTE_MASK -> routeMask;
            case Npu.ROUTE_PORTS -> routePorts;
            case Npu.ROUTE_ERROR_TILE -> routeErrorTile;
            case Npu.MAP_TILE -> mapTile;
            case Npu.MAP_INDEX -> mapIndex;
            case Npu.MAP_KEY -> mapKey;
            case Npu.MAP_MASK -> mapMask;
            case Npu.MAP_ROW -> mapRow;
            case Npu.MAP_FANOUT -> mapFanout;
            case Npu.SPIKES_IN -> (int) spikesIn;
            case Npu.SPIKES_FIRED -> (int) spikesFired;
            case Npu.SPIKES_OUT -> npu.outputLog().size();
            case Npu.ROUTER_HOPS -> (int) npu.router().hops();
            case Npu.ROUTER_STALLS -> (int) (npu.router().stalls() + npu.sourceStalls());
            case Npu.SPIKES_UNMAPPED -> (int) npu.unmappedPackets();
            case Npu.DMA_DESC -> dmaDescriptor;
            case Npu.DMA_STATUS -> (dmaBusy ? Npu.DMA_STATUS_BUSY : 0) | (dmaError ? Npu.DMA_STATUS_ERROR : 0);
            case Npu.RUN, Npu.ERROR_CLEAR, Npu.IN_SPIKE, Npu.ROUTE_CMD, Npu.OUTPUT_ENABLE, Npu.DMA_CTRL -> 0;
            default -> throw BusFault.INSTANCE;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        if (size != 4) {
            throw BusFault.INSTANCE;
        }
        switch (offset) {
            case Npu.RUN -> run(Integer.toUnsignedLong(value));
            case Npu.ERROR_CLEAR -> errors = 0;
            case Npu.IRQ_PENDING -> pending &= ~value;
            case Npu.IRQ_ENABLE -> enable = value;
            case Npu.IN_SPIKE -> {
                if (!npu.pushInput(value >>> Npu.IN_SPIKE_TILE_LSB, value & Npu.IN_SPIKE_ROW, now.getAsLong())) {
                    error(Npu.STATUS_INPUT_OVERFLOW);
                }
            }
            case Npu.ROUTE_TILE -> routeTile = value;
            case Npu.ROUTE_INDEX -> routeIndex = value;
            case Npu.ROUTE_KEY -> routeKey = value;
            case Npu.ROUTE_MASK -> routeMask = value;
            case Npu.ROUTE_PORTS -> stageRoute(value);
            case Npu.ROUTE_CMD -> routeCommand(value);
            case Npu.MAP_TILE -> mapTile = value;
            case Npu.MAP_INDEX -> mapIndex = value;
            case Npu.MAP_KEY -> mapKey = value;
            case Npu.MAP_MASK -> mapMask = value;
            case Npu.MAP_ROW -> storeMapEntry(value);
            case Npu.MAP_FANOUT -> mapFanout = Math.max(1, value & 0xFFFF);
            case Npu.OUTPUT_ENABLE -> outputEnable(value);
            case Npu.DMA_DESC -> dmaDescriptor = value;
            case Npu.DMA_CTRL -> {
                if ((value & Npu.DMA_CTRL_START) != 0 && !dmaBusy) {
                    startDma();
                }
            }
            case Npu.MESH, Npu.STATUS, Npu.TIMESTEPS_DONE, Npu.TIMESTEPS_LEFT, Npu.LAST_CYCLES, Npu.IN_LEVEL,
                    Npu.OUT_SPIKE, Npu.OUT_LEVEL, Npu.OUT_TIMESTEP, Npu.ROUTE_ERROR_TILE, Npu.SPIKES_IN,
                    Npu.SPIKES_FIRED, Npu.SPIKES_OUT, Npu.ROUTER_HOPS, Npu.ROUTER_STALLS, Npu.SPIKES_UNMAPPED, Npu.DMA_STATUS -> {
                // Read-only: writes are ignored, as the register description says.
            }
            default -> throw BusFault.INSTANCE;
        }
        updateIrq();
    }

    @Override
    public void reset() {
        pending = 0;
        enable = 0;
        errors = 0;
        left = 0;
        running = false;
        held = false;
        staged.clear();
        nextStart = -1;
        currentEnd = -1;
        irqAt = -1;
        dmaDoneAt = -1;
        irq.set(false);
    }

    /** The registers, the staged routing tables, the sequencer and DMA state and the events pending. */
    @Override
    public void save(StateWriter out) {
        out.section("npu-device");
        out.ints(new int[] {pending, enable, errors, outTimestep, routeTile, routeIndex, routeKey, routeMask, routePorts,
            routeErrorTile, mapTile, mapIndex, mapKey, mapMask, mapRow, mapFanout, dmaDescriptor});
        out.longs(new long[] {unmappedReported, left, timestepsDone, lastCycles, spikesIn, spikesFired, nextStart,
            currentEnd, irqAt, dmaDoneAt});
        out.bools(new boolean[] {running, held, dmaBusy, dmaError});
        out.i32(staged.size());
        for (Map.Entry<Integer, List<RoutingTable.Entry>> t : new TreeMap<>(staged).entrySet()) {
            out.i32(t.getKey());
            out.i32(t.getValue().size());
            for (RoutingTable.Entry e : t.getValue()) {
                out.ints(new int[] {e.key(), e.mask(), e.ports()});
            }
        }
    }

    @Override
    public void restore(StateReader in) {
        in.section("npu-device");
        int[] r = in.ints(17);
        pending = r[0];
        enable = r[1];
        errors = r[2];
        outTimestep = r[3];
        routeTile = r[4];
        routeIndex = r[5];
        routeKey = r[6];
        routeMask = r[7];
        routePorts = r[8];
        routeErrorTile = r[9];
        mapTile = r[10];
        mapIndex = r[11];
        mapKey = r[12];
        mapMask = r[13];
        mapRow = r[14];
        mapFanout = r[15];
        dmaDescriptor = r[16];
        long[] l = in.longs(10);
        unmappedReported = l[0];
        left = l[1];
        timestepsDone = l[2];
        lastCycles = l[3];
        spikesIn = l[4];
        spikesFired = l[5];
        boolean[] b = in.bools(4);
        running = b[0];
        held = b[1];
        dmaBusy = b[2];
        dmaError = b[3];
        staged.clear();
        int tables = in.i32();
        for (int k = 0; k < tables; k++) {
            int tile = in.i32();
            List<RoutingTable.Entry> entries = new ArrayList<>();
            int n = in.i32();
            for (int e = 0; e < n; e++) {
                int[] v = in.ints(3);
                entries.add(new RoutingTable.Entry(v[0], v[1], v[2]));
            }
            staged.put(tile, entries);
        }
        nextStart = -1;
        currentEnd = -1;
        irqAt = -1;
        dmaDoneAt = -1;
        if (l[6] >= 0) {
            scheduleStart(l[6]);
        }
        if (l[8] >= 0) {
            scheduleOutputIrq(l[8]);
        }
        if (l[7] >= 0) {
            scheduleEnd(l[7]);
        }
        if (l[9] >= 0) {
            scheduleDmaDone(l[9]);
        }
        updateIrq();
    }

    private void run(long timesteps) {
        left += timesteps;
        if (!running && !held && left > 0) {
            running = true;
            scheduleStart(now.getAsLong() + 1);
        }
    }

    private void scheduleStart(long start) {
        nextStart = start;
        events.schedule(start, () -> startTimestep(start));
    }

    private void scheduleOutputIrq(long first) {
        irqAt = first;
        events.schedule(first, () -> {
            irqAt = -1;
            updateIrq();
        });
    }

    private void scheduleEnd(long end) {
        currentEnd = end;
        events.schedule(end, () -> endTimestep(end));
    }

    private void scheduleDmaDone(long done) {
        dmaDoneAt = done;
        events.schedule(done, () -> {
            dmaDoneAt = -1;
            dmaBusy = false;
            pending |= Npu.IRQ_PENDING_DMA_DONE;
            updateIrq();
        });
    }

    private void startTimestep(long start) {
        nextStart = -1;
        TimestepReport report = npu.runTimestep(start);
        spikesIn += report.inputSpikes();
        spikesFired += report.spikes();
        lastCycles = report.npuCycles();
        List<OutputSpike> log = npu.outputLog();
        if (report.outputs() > 0) {
            scheduleOutputIrq(log.get(log.size() - report.outputs()).leftCycle());
        }
        scheduleEnd(report.endCycle());
    }

    private void endTimestep(long end) {
        currentEnd = -1;
        timestepsDone++;
        left--;
        if (npu.unmappedPackets() != unmappedReported) {
            unmappedReported = npu.unmappedPackets();
            error(Npu.STATUS_UNMAPPED);
        }
        pending |= Npu.IRQ_PENDING_TIMESTEP_DONE;
        if (left == 0) {
            running = false;
            pending |= Npu.IRQ_PENDING_RUN_DONE;
        } else if (npu.outputLevel() > npu.config().outputFifoDepth()) {
            running = false;
            held = true;
        } else {
            scheduleStart(end);
        }
        updateIrq();
    }

    private int takeOutput() {
        if (visibleOutputs() == 0) {
            return 0;
        }
        OutputSpike o = npu.popOutput();
        outTimestep = o.timestep();
        if (held && npu.outputLevel() <= npu.config().outputFifoDepth()) {
            held = false;
            running = true;
            scheduleStart(now.getAsLong() + 1);
        }
        updateIrq();
        return Npu.OUT_SPIKE_VALID | o.tile() << Npu.OUT_SPIKE_TILE_LSB | o.neuron();
    }

    private int visibleOutputs() {
        return npu.visibleOutputs(now.getAsLong());
    }

    private void stageRoute(int ports) {
        routePorts = ports;
        List<RoutingTable.Entry> table = staged.computeIfAbsent(routeTile, t -> new ArrayList<>(
                t >= 0 && t < npu.config().mesh().tiles() ? npu.router().table(t).entries() : List.of()));
        if (routeIndex < 0 || routeIndex > table.size() || routeIndex >= npu.config().mesh().tableEntries()) {
            routeErrorTile = routeTile;
            error(Npu.STATUS_ROUTE_ERROR);
            return;
        }
        RoutingTable.Entry entry = new RoutingTable.Entry(routeKey, routeMask, ports);
        if (routeIndex == table.size()) {
            table.add(entry);
        } else {
            table.set(routeIndex, entry);
        }
    }

    private void routeCommand(int value) {
        if ((value & Npu.ROUTE_CMD_CLEAR) != 0) {
            staged.put(routeTile, new ArrayList<>());
        }
        if ((value & Npu.ROUTE_CMD_COMMIT) != 0) {
            try {
                npu.router().setTables(staged);
            } catch (RoutingException e) {
                routeErrorTile = e.router();
                error(Npu.STATUS_ROUTE_ERROR);
            }
            staged.clear();
        }
    }

    private void storeMapEntry(int row) {
        mapRow = row;
        if (mapTile < 0 || mapTile >= npu.config().mesh().tiles() || mapIndex < 0
                || mapIndex >= npu.config().inputMapEntries()) {
            error(Npu.STATUS_ROUTE_ERROR);
            return;
        }
        InputMap map = npu.inputMap(mapTile);
        List<InputMap.Entry> entries = new ArrayList<>(map.entries());
        InputMap.Entry e = new InputMap.Entry(mapKey, mapMask, row, Math.max(1, mapFanout));
        if (mapIndex < entries.size()) {
            entries.set(mapIndex, e);
        } else {
            entries.add(e);
        }
        map.set(entries);
    }

    private void outputEnable(int value) {
        int t = value >>> Npu.OUTPUT_ENABLE_TILE_LSB;
        int neuron = value & Npu.OUTPUT_ENABLE_NEURON;
        if (t >= npu.config().mesh().tiles() || neuron >= npu.tile(t).neurons().size()) {
            throw BusFault.INSTANCE;
        }
        npu.setOutput(t, neuron, (value & Npu.OUTPUT_ENABLE_ENABLE) != 0);
    }

    private void startDma() {
        dmaBusy = true;
        dmaError = false;
        long cycle = now.getAsLong();
        int descriptor = dmaDescriptor;
        long words = 0;
        while (descriptor != 0) {
            if (!ram.contains(Integer.toUnsignedLong(descriptor), DESCRIPTOR_BYTES) || (descriptor & 3) != 0) {
                dmaError = true;
                break;
            }
            int next = ram.readWord(descriptor);
            int buffer = ram.readWord(descriptor + 4);
            int control = ram.readWord(descriptor + 8);
            int count = control & 0x7FFFFFFF;
            boolean toNpu = control >>> 31 == Npu.DMA_TO_NPU;
            if (!ram.contains(Integer.toUnsignedLong(buffer), 4L * count) || (buffer & 3) != 0) {
                dmaError = true;
                break;
            }
            int done = 0;
            for (; done < count; done++) {
                if (toNpu) {
                    int spike = ram.readWord(buffer + 4 * done);
                    if (!npu.pushInput(spike >>> Npu.IN_SPIKE_TILE_LSB, spike & Npu.IN_SPIKE_ROW, cycle + words + done)) {
                        error(Npu.STATUS_INPUT_OVERFLOW);
                    }
                } else {
                    int spike = takeOutput();
                    if (spike == 0) {
                        break;
                    }
                    setWord(buffer + 4 * done, spike);
                }
            }
            setWord(descriptor + 12, done);
            words += Math.max(1, done);
            descriptor = next;
        }
        if (dmaError) {
            error(Npu.STATUS_DMA_ERROR);
        }
        scheduleDmaDone(cycle + words);
    }

    private void setWord(int address, int value) {
        ram.write(address, new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)},
                0, 4);
    }

    private void error(int statusBit) {
        errors |= statusBit;
        pending |= Npu.IRQ_PENDING_ERROR;
        updateIrq();
    }

    private int pendingNow() {
        return pending | (visibleOutputs() > 0 ? Npu.IRQ_PENDING_OUTPUT_READY : 0);
    }

    /** Drives the interrupt line from the pending causes and their enables. */
    private void updateIrq() {
        irq.set((pendingNow() & enable) != 0);
    }
}
