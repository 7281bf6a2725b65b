package org.neuromtj.chip.npu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.router.Injection;
import org.neuromtj.chip.npu.router.Mesh;
import org.neuromtj.chip.npu.router.Packet;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.npu.tile.TileStep;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.soc.RegisterFront;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The neural processing unit: a mesh of tiles joined by the event router, the core's input and output
 * spike FIFOs, and the timestep sequencer that advances them all.
 *
 * <h2>A timestep</h2>
 * <ol>
 *   <li><b>Deliver</b>: the spikes queued for each tile (by the core before the timestep started, or by
 *       the mesh during the previous one) drive their rows; one spike per cycle per tile.
 *   <li><b>Read</b>: every tile reads its crossbar and converts its strings (the slowest tile sets the
 *       phase's length).
 *   <li><b>Update</b>: every tile updates its neurons.
 *   <li><b>Emit</b>: each tile injects its spikes into its router, one per cycle, as packets keyed by
 *       tile and neuron; the mesh runs cycle by cycle until it is empty, and each packet that reaches a
 *       tile is mapped to a row for the next timestep. Neurons marked as outputs also send their spikes
 *       to the core's output FIFO, one per cycle.
 *   <li><b>Learn</b>: each tile's learning unit pulses its synapses from this timestep's spikes (the
 *       slowest tile sets the phase's length).
 * </ol>
 * A spike's latency runs from the cycle its cause entered the chip — the core's write, or, for a spike
 * caused by the mesh, the cause of the spike that sent the packet — to the cycle it entered the output
 * FIFO; a neuron's cause is the earliest input that drove its tile in the timestep it fired.
 */
public final class Npu implements Stateful {
    private final NpuConfig config;
    /** The NPU's clock, in which its phases are counted; timestamps are core cycles. */
    private final ClockDomain clock;
    /**
     * The core cycle and the NPU cycle the timestep being run started at: the router keeps time in NPU
     * cycles (its links and hops are clocked by the NPU), listeners hear core cycles.
     */
    private long timestepStart;
    private long npuStart;
    private final Tile[] tiles;
    private final Mesh router;
    private final InputMap[] inputMaps;
    private final boolean[][] outputMask;
    private final List<SpikeQueue> queued = new ArrayList<>();
    private final SpikeQueue inputFifo = new SpikeQueue();
    private final ArrayDeque<OutputSpike> outputFifo = new ArrayDeque<>();
    private final List<OutputSpike> outputLog = new ArrayList<>();
    private final List<TimestepReport> timestepLog = new ArrayList<>();
    private final List<Long> pickedUp = new ArrayList<>();
    private long inputOverflows;
    private long unmappedPackets;
    private long sourceStalls;
    private int timestep;

    private NpuEvents events = new NpuEvents() { };
    private final List<NpuEvents> listeners = new ArrayList<>();
    /** The cause cycle of each tile's latest inputs; MAX_VALUE until it has had some. */
    private final long[] lastCause;
    /**
     * Each tile's driven rows of the timestep being run, and which of its rows are among them (all false
     * between timesteps).
     */
    private final int[][] driven;
    private final boolean[][] seen;
    private final Floorplan floorplan;
    /** Whether every block is its Java model, whose tiles may step on several threads. */
    private final boolean models;
    /**
     * The processors but one: the JVM's compiler and collector, and the core between timesteps, need one. On
     * two processors the whole fmnist run took 1.18x the wall time with a helper stepping tiles than without
     * (the JIT compilers alone used 4.2 s of processor time in a 5 s run); NPU-heavy work with both processors
     * free gains 1.6-2x from a second thread ({@code bench npu}).
     */
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private TileWorkers workers;
    /**
     * While tiles step on several threads their pulses wait here, one list per tile, and reach listeners
     * after the step in tile order: the order one thread stepping the tiles in turn gives.
     */
    private final List<List<int[]>> pendingPulses = new ArrayList<>();
    private volatile boolean stepping;
    /** Micrometres of wire a packet crosses per hop: the floorplan's tile pitch. */
    private final long linkUm;

    /**
     * @param config     mesh and FIFOs
     * @param tileConfig every tile's architecture
     * @param technology devices and costs
     * @param seed       the run's seed
     */
    public Npu(NpuConfig config, TileConfig tileConfig, Technology technology, long seed) {
        this(config, tileConfig, technology, seed, BlockImplementations.MODELS);
    }

    /**
     * @param config     mesh and FIFOs
     * @param tileConfig every tile's architecture
     * @param technology devices and costs
     * @param seed       the run's seed
     * @param blocks     what implements the blocks that have RTL
     */
    public Npu(NpuConfig config, TileConfig tileConfig, Technology technology, long seed, BlockImplementations blocks) {
        this.config = config;
        this.clock = tileConfig.npuClock();
        int n = config.mesh().tiles();
        this.tiles = new Tile[n];
        this.inputMaps = new InputMap[n];
        this.outputMask = new boolean[n][];
        this.lastCause = new long[n];
        Arrays.fill(lastCause, Long.MAX_VALUE);
        this.driven = new int[n][];
        this.seen = new boolean[n][];
        for (int t = 0; t < n; t++) {
            tiles[t] = new Tile("tile" + t, tileConfig, technology, seed, blocks);
            driven[t] = new int[tileConfig.geometry().rows()];
            seen[t] = new boolean[driven[t].length];
            inputMaps[t] = new InputMap();
            outputMask[t] = new boolean[tiles[t].neurons().size()];
            queued.add(new SpikeQueue());
        }
        this.floorplan = Floorplan.of(layout(config, tileConfig, tiles[0]), technology.silicon());
        this.linkUm = Math.round(floorplan.tilePitchUm());
        if (config.powerGating() == NpuConfig.PowerGating.UNUSED_TILES) {
            for (Tile t : tiles) {
                t.gate(0);
            }
        }
        this.router = blocks.mesh(config.mesh());
        // Hops and pulses happen below the NPU; they reach whoever listens now through the events field.
        router.onHop((tile, port, key, cycle) -> {
            // Out of this router's buffer, through its switch, over the link, into the neighbour's buffer.
            Ledger l = tiles[tile].ledger();
            l.add(Action.ROUTER_BUFFER_READ, 1);
            l.add(Action.ROUTER_HOP, 1);
            l.add(Action.LINK_UM, linkUm);
            l.add(Action.ROUTER_BUFFER_WRITE, 1);
            events.hop(tile, port, key, coreCycle(cycle));
        });
        this.models = blocks == BlockImplementations.MODELS;
        for (int t = 0; t < n; t++) {
            int tile = t;
            pendingPulses.add(new ArrayList<>());
            tiles[t].onPulse((row, column, toParallel, switched) -> {
                if (stepping) {
                    pendingPulses.get(tile).add(new int[] {row, column, toParallel ? 1 : 0, switched ? 1 : 0});
                } else {
                    events.pulse(tile, row, column, toParallel, switched);
                }
            });
        }
    }

    /**
     * Sets how many threads step the tiles of a timestep. The tiles are independent until routing, and each
     * keeps its own generators and ledger, so a run is bit-identical for any number; RTL blocks always step
     * on one.
     *
     * @param threads 1 or more; the default is the machine's processors but one (at least one)
     * @throws IllegalArgumentException if below 1
     */
    public void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        workers = null;
    }

    /** @return how many threads step the tiles */
    public int threads() {
        return threads;
    }

    /** @return the configuration */
    public NpuConfig config() {
        return config;
    }

    /** @return the tiles, in mesh order (row by row) */
    public List<Tile> tiles() {
        return List.of(tiles);
    }

    /** @return every tile's ledger, in mesh order */
    public List<Ledger> ledgers() {
        return Arrays.stream(tiles).map(Tile::ledger).toList();
    }

    /** @return the chip's areas and leakage: these tiles, this mesh, and the SoC of the register description */
    public Floorplan floorplan() {
        return floorplan;
    }

    /**
     * Counts every tile's powered time up to a cycle.
     *
     * @param cycle the present core cycle
     */
    public void settle(long cycle) {
        for (Tile t : tiles) {
            t.settle(cycle);
        }
    }

    /** Starts counting powered time from cycle 0 again, as a reset of the core's clock requires. */
    public void rebase() {
        for (Tile t : tiles) {
            t.rebase();
        }
    }

    private static Floorplan.Layout layout(NpuConfig config, TileConfig tile, Tile sample) {
        boolean lif = tile.neurons().model() == TileConfig.Model.CMOS_LIF;
        int membrane = tile.neurons().lif().membraneBits();
        return new Floorplan.Layout(config.mesh().tiles(), tile.geometry().rows(), tile.geometry().columns(),
                sample.tdc().converters(), tile.tdc().bits(), sample.neurons().size(),
                lif ? membrane + LifConfig.REFRACTORY_BITS : 0, lif ? 2 * membrane : 0, !lif,
                RegisterFront.stateBits("NPU_TILE"), config.mesh().fifoDepth(), config.inputFifoDepth(),
                config.outputFifoDepth(), ChipRegisters.RAM_SIZE);
    }

    /** @return tile {@code t} */
    public Tile tile(int t) {
        return tiles[t];
    }

    /** @return the mesh */
    public Mesh router() {
        return router;
    }

    /** @return tile {@code t}'s map from packet keys to rows */
    public InputMap inputMap(int t) {
        return inputMaps[t];
    }

    /**
     * @param t      the tile
     * @param neuron the neuron
     * @param output whether its spikes go to the core's output FIFO
     */
    public void setOutput(int t, int neuron, boolean output) {
        outputMask[t][neuron] = output;
    }

    /**
     * The core queues a spike for the next timestep.
     *
     * @param t     the tile
     * @param row   the row
     * @param cycle the cycle of the write
     * @return false if the input FIFO was full or the tile or row does not exist: the spike is not
     *         queued and the overflow is counted
     */
    public boolean pushInput(int t, int row, long cycle) {
        if (inputFifo.size() >= config.inputFifoDepth() || t < 0 || t >= tiles.length || row < 0
                || row >= tiles[t].config().geometry().rows()) {
            inputOverflows++;
            return false;
        }
        inputFifo.add(t, row, cycle);
        tiles[t].ledger().add(Action.FIFO_PUSH, 1);
        return true;
    }

    /** @return input spikes waiting for the next timestep */
    public int inputLevel() {
        return inputFifo.size();
    }

    /** @return spikes the core refused to queue: FIFO full, or no such tile or row */
    public long inputOverflows() {
        return inputOverflows;
    }

    /** @return output spikes waiting for the core */
    public int outputLevel() {
        return outputFifo.size();
    }

    /**
     * @param cycle the present cycle
     * @return output spikes that entered the FIFO by then and wait for the core
     */
    public int visibleOutputs(long cycle) {
        int n = 0;
        for (OutputSpike o : outputFifo) {
            if (o.leftCycle() > cycle) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * @param cycle the core cycle the spike is taken at
     * @return the oldest output spike, taken out of the FIFO, or null if it is empty
     */
    public OutputSpike popOutput(long cycle) {
        OutputSpike o = outputFifo.poll();
        if (o != null) {
            tiles[o.tile()].ledger().add(Action.FIFO_POP, 1);
            pickedUp.add(cycle);
        }
        return o;
    }

    /**
     * @return the core cycle at which each output spike taken so far left the FIFO, in {@link #outputLog()}'s
     *         order (the FIFO keeps that order)
     */
    public List<Long> pickedUp() {
        return Collections.unmodifiableList(pickedUp);
    }

    /** @return every output spike so far, in order, with its latency */
    public List<OutputSpike> outputLog() {
        return Collections.unmodifiableList(outputLog);
    }

    /** @return every timestep so far, with its phases */
    public List<TimestepReport> timestepLog() {
        return Collections.unmodifiableList(timestepLog);
    }

    /** @return packets that reached a tile whose input map has no row for them */
    public long unmappedPackets() {
        return unmappedPackets;
    }

    /** @return cycles a tile waited to inject a packet because its router's input FIFO was full */
    public long sourceStalls() {
        return sourceStalls;
    }

    /** @return the next timestep's index */
    public int timestep() {
        return timestep;
    }

    /**
     * @param listener hears what happens inside the NPU from now on, after the listeners added before it
     */
    public void listen(NpuEvents listener) {
        listeners.add(listener);
        events = listeners.size() == 1 ? listener : new EventFanout(List.copyOf(listeners));
    }

    /**
     * Runs one timestep from {@code start}.
     *
     * @param start the cycle it starts at; input spikes the core queued before it take part
     * @return its phases and traffic
     */
    public TimestepReport runTimestep(long start) {
        int n = tiles.length;
        settle(start);
        while (!inputFifo.isEmpty() && inputFifo.cause(0) < start) {
            int t = inputFifo.tile(0);
            tiles[t].ledger().add(Action.FIFO_POP, 1);
            queued.get(t).add(t, inputFifo.row(0), inputFifo.cause(0));
            inputFifo.removeFirst();
        }
        long deliver = 0;
        long read = 0;
        long charge = 0;
        long update = 0;
        long learn = 0;
        int inputs = 0;
        int spikes = 0;
        TileStep[] steps = new TileStep[n];
        int[] counts = new int[n];
        long[] cause = new long[n];
        for (int t = 0; t < n; t++) {
            SpikeQueue q = queued.get(t);
            boolean[] seen = this.seen[t];
            int[] driven = this.driven[t];
            int count = 0;
            cause[t] = Long.MAX_VALUE;
            for (int i = 0; i < q.size(); i++) {
                cause[t] = Math.min(cause[t], q.cause(i));
                int row = q.row(i);
                if (!seen[row]) {
                    seen[row] = true;
                    driven[count++] = row;
                }
            }
            for (int k = 0; k < count; k++) {
                seen[driven[k]] = false;
            }
            // Neurons that fire on charge from earlier timesteps owe their spikes to the tile's last inputs.
            if (q.isEmpty()) {
                cause[t] = lastCause[t];
            } else {
                lastCause[t] = cause[t];
            }
            // A gated tile that receives spikes wakes before its rows can be driven.
            long wake = q.isEmpty() ? 0 : clock.cyclesFor(tiles[t].wake(start), ClockDomain.CORE);
            deliver = Math.max(deliver, wake + q.size());
            q.clear();
            Arrays.sort(driven, 0, count);
            counts[t] = count;
            inputs += count;
        }
        step(steps, driven, counts);
        for (int t = 0; t < n; t++) {
            if (steps[t].readCycles() > read) {
                read = steps[t].readCycles();
                charge = steps[t].chargeCycles();
            }
            update = Math.max(update, steps[t].neuronCycles());
            learn = Math.max(learn, steps[t].learnCycles());
            spikes += steps[t].spikes();
        }
        int loggedBefore = outputLog.size();
        timestepStart = start;
        npuStart = clock.cyclesFor(start, ClockDomain.CORE);
        long emit = emit(steps, cause, start, deliver + read + update);
        TimestepReport report = new TimestepReport(timestep, start, deliver, read, charge, update, emit, learn, inputs, spikes,
                outputLog.size() - loggedBefore, at(start, deliver + read + update + emit + learn));
        for (int t = 0; t < n; t++) {
            events.conversions(t, timestep, tiles[t].ledger().lastTimestep().count(Action.TDC_CONVERSION),
                    steps[t].readCycles(), steps[t].codes());
        }
        events.timestep(report);
        timestepLog.add(report);
        timestep++;
        return report;
    }

    /** Steps every tile, on one thread or several, and then tells listeners of the pulses in tile order. */
    private void step(TileStep[] steps, int[][] drivenRows, int[] counts) {
        int n = tiles.length;
        int timestep = this.timestep;
        if (threads == 1 || n == 1 || !models) {
            for (int t = 0; t < n; t++) {
                steps[t] = tiles[t].step(timestep, drivenRows[t], counts[t]);
            }
            return;
        }
        if (workers == null) {
            workers = new TileWorkers(Math.min(threads, n));
        }
        stepping = true;
        try {
            workers.run(n, t -> steps[t] = tiles[t].step(timestep, drivenRows[t], counts[t]));
        } finally {
            stepping = false;
        }
        for (int t = 0; t < n; t++) {
            for (int[] p : pendingPulses.get(t)) {
                events.pulse(t, p[0], p[1], p[2] == 1, p[3] == 1);
            }
            pendingPulses.get(t).clear();
        }
    }

    /** @return the core cycle at which a timestep that started at core cycle {@code start} has run {@code npuCycles} */
    private long at(long start, long npuCycles) {
        return start + ClockDomain.CORE.cyclesFor(npuCycles, clock);
    }

    /** @return the core cycle of an NPU cycle of the timestep being run, as the router counts them */
    private long coreCycle(long npuCycle) {
        return at(timestepStart, npuCycle - npuStart);
    }

    private long emit(TileStep[] steps, long[] cause, long start, long emitOffset) {
        int n = tiles.length;
        List<ArrayDeque<Packet>> toInject = new ArrayList<>();
        long outputs = 0;
        for (int t = 0; t < n; t++) {
            ArrayDeque<Packet> q = new ArrayDeque<>();
            boolean[] fired = steps[t].fired();
            for (int neuron = 0; neuron < fired.length; neuron++) {
                if (!fired[neuron]) {
                    continue;
                }
                events.spike(t, neuron, timestep);
                Packet p = new Packet(t, neuron, timestep, 0, Packet.MULTICAST, cause[t]);
                if (router.table(t).lookup(p.key()) != 0) {
                    q.add(p);
                }
                if (outputMask[t][neuron]) {
                    OutputSpike o = new OutputSpike(t, neuron, timestep, cause[t], at(start, emitOffset + outputs + 1));
                    outputs++;
                    outputFifo.add(o);
                    tiles[t].ledger().add(Action.FIFO_PUSH, 1);
                    outputLog.add(o);
                }
            }
            toInject.add(q);
        }
        long cycle = 0;
        boolean pending = false;
        for (ArrayDeque<Packet> q : toInject) {
            pending |= !q.isEmpty();
        }
        while (pending || !router.isIdle()) {
            pending = false;
            for (int t = 0; t < n; t++) {
                Packet p = toInject.get(t).peek();
                if (p == null) {
                    continue;
                }
                Injection result = router.inject(t, p);
                if (result == Injection.FULL) {
                    sourceStalls++;
                } else {
                    toInject.get(t).poll();
                    tiles[t].ledger().add(Action.ROUTER_BUFFER_WRITE, 1);
                    events.injected(t, p.key(), at(start, emitOffset + cycle));
                }
                pending |= !toInject.get(t).isEmpty();
            }
            router.step(npuStart + emitOffset + cycle, this::arrive);
            events.routerCycle(at(start, emitOffset + cycle));
            cycle++;
        }
        return Math.max(cycle, outputs);
    }

    private boolean arrive(int t, Packet p, long cycle) {
        tiles[t].ledger().add(Action.ROUTER_BUFFER_READ, 1);
        tiles[t].ledger().add(Action.ROUTER_EJECT, 1);
        int row = inputMaps[t].row(p.key(), tiles[t].config().geometry().rows());
        events.delivered(t, p.key(), row, coreCycle(cycle));
        if (row < 0) {
            unmappedPackets++;
        } else {
            for (int j = 0; j < inputMaps[t].match(p.key()).fanout(); j++) {
                queued.get(t).add(t, row + j, p.injectedCycle());
            }
        }
        return true;
    }

    /**
     * Everything the NPU holds between timesteps: every tile, the mesh, the input maps and output
     * enables, queued and waiting spikes, the logs and counters.
     *
     * @throws StateException if a block comes from RTL, or packets are in flight
     */
    @Override
    public void save(StateWriter out) {
        out.section("npu");
        for (Tile t : tiles) {
            t.save(out);
        }
        mesh().save(out);
        for (int t = 0; t < tiles.length; t++) {
            List<InputMap.Entry> entries = inputMaps[t].entries();
            out.i32(entries.size());
            for (InputMap.Entry e : entries) {
                out.ints(new int[] {e.key(), e.mask(), e.firstRow(), e.fanout()});
            }
            out.bools(outputMask[t]);
            SpikeState.write(out, queued.get(t).spikes());
        }
        SpikeState.write(out, inputFifo.spikes());
        SpikeState.writeOutputs(out, outputFifo);
        SpikeState.writeOutputs(out, outputLog);
        out.i32(timestepLog.size());
        for (TimestepReport r : timestepLog) {
            out.i32(r.index());
            out.longs(new long[] {r.startCycle(), r.deliverCycles(), r.readCycles(), r.chargeCycles(), r.updateCycles(),
                r.emitCycles(), r.learnCycles()});
            out.ints(new int[] {r.inputSpikes(), r.spikes(), r.outputs()});
        }
        out.i32(pickedUp.size());
        out.longs(pickedUp.stream().mapToLong(Long::longValue).toArray());
        out.longs(new long[] {inputOverflows, unmappedPackets, sourceStalls});
        out.i32(timestep);
        out.longs(lastCause);
    }

    @Override
    public void restore(StateReader in) {
        in.section("npu");
        for (Tile t : tiles) {
            t.restore(in);
        }
        mesh().restore(in);
        for (int t = 0; t < tiles.length; t++) {
            List<InputMap.Entry> entries = new ArrayList<>();
            int n = in.i32();
            for (int k = 0; k < n; k++) {
                int[] e = in.ints(4);
                entries.add(new InputMap.Entry(e[0], e[1], e[2], e[3]));
            }
            inputMaps[t].set(entries);
            System.arraycopy(in.bools(outputMask[t].length), 0, outputMask[t], 0, outputMask[t].length);
            queued.get(t).clear();
            queued.get(t).addAll(SpikeState.read(in));
        }
        inputFifo.clear();
        inputFifo.addAll(SpikeState.read(in));
        outputFifo.clear();
        outputFifo.addAll(SpikeState.readOutputs(in));
        outputLog.clear();
        outputLog.addAll(SpikeState.readOutputs(in));
        timestepLog.clear();
        int n = in.i32();
        for (int k = 0; k < n; k++) {
            int index = in.i32();
            long[] c = in.longs(7);
            int[] t = in.ints(3);
            timestepLog.add(new TimestepReport(index, c[0], c[1], c[2], c[3], c[4], c[5], c[6], t[0], t[1], t[2],
                    at(c[0], c[1] + c[2] + c[4] + c[5] + c[6])));
        }
        pickedUp.clear();
        for (long c : in.longs(in.i32())) {
            pickedUp.add(c);
        }
        long[] counters = in.longs(3);
        inputOverflows = counters[0];
        unmappedPackets = counters[1];
        sourceStalls = counters[2];
        timestep = in.i32();
        System.arraycopy(in.longs(lastCause.length), 0, lastCause, 0, lastCause.length);
    }

    private Stateful mesh() {
        if (router instanceof Stateful s) {
            return s;
        }
        throw new StateException("snapshots hold the Java router mesh, not its RTL");
    }

}
