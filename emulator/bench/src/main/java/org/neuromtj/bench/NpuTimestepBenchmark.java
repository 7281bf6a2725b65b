package org.neuromtj.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.InputMap;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole-NPU timesteps: a 4×4 mesh of 256×256 tiles with the default devices, random signed weights,
 * each tile's neurons multicast to the next tile in the mesh, and external input spikes at a given
 * density on every tile each timestep. One operation is one timestep; {@link #synapticEventsPerStep}
 * is measured during set-up so that {@code neuromtj bench npu} can report synaptic events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NpuTimestepBenchmark {
    private static final int SIDE = 4;
    private static final int ROWS = 256;

    /** Fraction of each tile's rows driven by external spikes every timestep. */
    @Param({"0.05", "0.2"})
    public double density;

    /** Threads that step the tiles (the speed-up from one to two is what this shows). */
    @Param({"1", "2"})
    public int threads;

    /** Cell reads per timestep, averaged over the warm-up timesteps of the set-up. */
    public double synapticEventsPerStep;

    private Npu npu;
    private int[][] inputs;
    private long cycle;
    private int step;

    /** Builds the mesh, its weights, routes and input patterns. */
    @Setup(Level.Trial)
    public void setUp() {
        TileConfig tile = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("crossbar.rows", ROWS).with("crossbar.columns", ROWS).with("crossbar.segment", 64));
        NpuConfig config = new NpuConfig(new RouterConfig(SIDE, SIDE, 8, 2, 1, 64), 1 << 16, 1 << 16, 16);
        npu = new Npu(config, tile, Technology.defaults(), 1);
        npu.setThreads(threads);
        SplittableRandom rnd = new SplittableRandom(1);
        int neurons = npu.tile(0).neurons().size();
        for (int t = 0; t < SIDE * SIDE; t++) {
            var cells = npu.tile(t).crossbar().cells();
            for (int i = 0; i < cells.size(); i++) {
                cells.setLevel(i, rnd.nextInt(4) == 0 ? 1 : 0);
            }
        }
        // Tile t's neurons feed rows 128.. of its east neighbour or, at the end of a mesh row, of its south
        // neighbour: one hop each, so the mesh carries traffic on every row and down the last column.
        Map<Integer, List<RoutingTable.Entry>> tables = new HashMap<>();
        for (int t = 0; t < SIDE * SIDE; t++) {
            int x = t % SIDE;
            int y = t / SIDE;
            int key = t << 16;
            int mask = ~(neurons - 1);
            if (x < SIDE - 1) {
                tables.computeIfAbsent(t, k -> new ArrayList<>()).add(new RoutingTable.Entry(key, mask, Port.EAST.bit()));
                tables.computeIfAbsent(t + 1, k -> new ArrayList<>()).add(new RoutingTable.Entry(key, mask, Port.LOCAL.bit()));
                npu.inputMap(t + 1).set(List.of(InputMap.Entry.of(key, mask, ROWS / 2)));
            } else if (y < SIDE - 1) {
                tables.computeIfAbsent(t, k -> new ArrayList<>()).add(new RoutingTable.Entry(key, mask, Port.SOUTH.bit()));
                tables.computeIfAbsent(t + SIDE, k -> new ArrayList<>()).add(new RoutingTable.Entry(key, mask, Port.LOCAL.bit()));
                npu.inputMap(t + SIDE).set(List.of(InputMap.Entry.of(key, mask, ROWS / 2)));
            }
        }
        npu.router().setTables(tables);
        inputs = new int[64][];
        for (int i = 0; i < inputs.length; i++) {
            int n = (int) Math.round(density * ROWS / 2);
            inputs[i] = rnd.ints(0, ROWS / 2).distinct().limit(n).toArray();
        }
        long cells = 0;
        int warm = 20;
        for (int i = 0; i < warm; i++) {
            cells += runOne().inputSpikes() * (long) ROWS;
        }
        synapticEventsPerStep = cells / (double) warm;
    }

    private TimestepReport runOne() {
        int[] rows = inputs[step++ % inputs.length];
        for (int t = 0; t < SIDE * SIDE; t++) {
            for (int r : rows) {
                npu.pushInput(t, r, cycle);
            }
        }
        TimestepReport r = npu.runTimestep(cycle + 1);
        cycle = r.endCycle();
        while (npu.popOutput(0) != null) {
            // Nothing reads outputs here; keep the FIFO from growing.
        }
        return r;
    }

    /** @return the timestep's report, so the work is not optimised away */
    @Benchmark
    public TimestepReport timestep() {
        return runOne();
    }
}
