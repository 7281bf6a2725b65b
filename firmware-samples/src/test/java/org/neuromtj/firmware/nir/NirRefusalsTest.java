package org.neuromtj.firmware.nir;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.workload.map.ChipShape;

/** Every malformed or unsupported graph gets one message, naming the node or edge and what is wrong. */
class NirRefusalsTest {
    @TempDir
    Path dir;

    /** A file of a graph in → lin → lif → out, each part writable by hand, so that one part can be wrong. */
    private Path file(Consumer<WritableGroup> nodes, String[][] edges) {
        Path f = dir.resolve("g" + System.nanoTime() + ".nir");
        try (WritableHdfFile h = HdfFile.write(f)) {
            h.putDataset("version", "1.0.0");
            WritableGroup g = h.putGroup("node");
            g.putDataset("type", "NIRGraph");
            g.putDataset("edges", edges);
            nodes.accept(g.putGroup("nodes"));
        }
        return f;
    }

    private static final String[][] CHAIN = {{"in", "lin"}, {"lin", "lif"}, {"lif", "out"}};

    private static void input(WritableGroup nodes, long n) {
        WritableGroup g = nodes.putGroup("in");
        g.putDataset("type", "Input");
        g.putDataset("shape", new long[] {n});
    }

    private static void output(WritableGroup nodes, long n) {
        WritableGroup g = nodes.putGroup("out");
        g.putDataset("type", "Output");
        g.putDataset("shape", new long[] {n});
    }

    private static void linear(WritableGroup nodes, String type, int out, int in) {
        WritableGroup g = nodes.putGroup("lin");
        g.putDataset("type", type);
        g.putDataset("weight", new double[out][in]);
    }

    private static void lif(WritableGroup nodes, int n, boolean threshold) {
        WritableGroup g = nodes.putGroup("lif");
        g.putDataset("type", "LIF");
        g.putDataset("tau", Graphs.filled(n, 0.01));
        g.putDataset("r", Graphs.filled(n, 1));
        g.putDataset("v_leak", Graphs.filled(n, 0));
        if (threshold) {
            g.putDataset("v_threshold", Graphs.filled(n, 1));
        }
    }

    private static String refused(Path f) {
        return assertThrows(NirException.class, () -> NirFile.read(f)).getMessage();
    }

    private static void says(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' in: " + message);
        }
    }

    @Test
    void malformedFilesAreRefusedNamingTheNode() throws Exception {
        says(refused(file(n -> {
            input(n, 2);
            linear(n, "Linear", 3, 2);
            lif(n, 3, true);
            output(n, 3);
        }, new String[][] {{"in", "lin"}, {"lin", "lif"}, {"lif", "outt"}})), "edge lif → outt", "no node named outt");
        says(refused(file(n -> {
            input(n, 2);
            linear(n, "Linear", 3, 2);
            lif(n, 3, false);
            output(n, 3);
        }, CHAIN)), "node lif (LIF): missing v_threshold");
        says(refused(file(n -> {
            input(n, 2);
            linear(n, "Convolution3d", 3, 2);
            lif(n, 3, true);
            output(n, 3);
        }, CHAIN)), "node lin has the unknown primitive Convolution3d");
        says(refused(file(n -> {
            input(n, 4);
            linear(n, "Linear", 3, 2);
            lif(n, 3, true);
            output(n, 3);
        }, CHAIN)), "node lin (Linear) takes 2 values, but 4 reach it");
        says(refused(file(n -> {
            input(n, 2);
            linear(n, "Linear", 3, 2);
            lif(n, 4, true);
            output(n, 4);
        }, CHAIN)), "node lif (LIF) takes 4 values, but 3 reach it");
        says(refused(file(n -> {
            input(n, 2);
            linear(n, "Linear", 3, 2);
            lif(n, 3, true);
            output(n, 3);
        }, new String[][] {{"in", "lin"}, {"lif", "out"}})), "node in (Input) leads to no Output");
        Path notNir = dir.resolve("plain.nir");
        Files.writeString(notNir, "not HDF5");
        says(refused(notNir), "plain.nir", "not a readable HDF5 file");
        says(refused(dir.resolve("missing.nir")), "missing.nir: no such file");
    }

    @Test
    void aCycleWithoutStateIsRefused() {
        NirException e = assertThrows(NirException.class, () -> Graphs.start()
                .node("in", new NirNode.Input(new int[] {2}))
                .node("a", Graphs.linear(2, 2, new double[4])).node("b", Graphs.linear(2, 2, new double[4]))
                .node("lif", Graphs.lif(2, 0.01, 1)).node("out", new NirNode.Output(new int[] {2}))
                .edge("in", "a").edge("a", "b").edge("b", "a").edge("b", "lif").edge("lif", "out").graph());
        says(e.getMessage(), "the cycle", "holds no neuron or delay");
    }

    private static String notLowered(NirGraph g, int tiles) {
        NpuConfig npu = NpuConfig.defaults();
        ConfigNode tile = ConfigNode.resource(TileConfig.class, "default-tile.yaml");
        return assertThrows(NirException.class, () -> Lowering.lower(g, 1e-3, ChipShape.of(npu,
                TileConfig.read(tile)), tile, 2, 1, 8)).getMessage();
    }

    @Test
    void whatTheChipCannotHoldIsRefusedNamingTheNode() {
        NirGraph delayed = Graphs.start().node("in", new NirNode.Input(new int[] {2}))
                .node("d", new NirNode.Delay(new double[] {1e-3, 1e-3})).node("w", Graphs.linear(2, 2, new double[] {1, 0,
                    0, 1}))
                .node("lif", Graphs.lif(2, 0.01, 0.01)).node("out", new NirNode.Output(new int[] {2}))
                .edge("in", "d").edge("d", "w").edge("w", "lif").edge("lif", "out").graph();
        says(notLowered(delayed, 4), "node d (Delay)", "holds no Delay");
        NirGraph readout = Graphs.start().node("in", new NirNode.Input(new int[] {2}))
                .node("w", Graphs.linear(2, 2, new double[] {1, 0, 0, 1}))
                .node("li", new NirNode.Neurons("LI", new int[] {2}, Graphs.filled(2, 0.01), null, Graphs.filled(2, 1),
                        Graphs.filled(2, 0), null, null, null, false))
                .node("out", new NirNode.Output(new int[] {2}))
                .edge("in", "w").edge("w", "li").edge("li", "out").graph();
        says(notLowered(readout, 4), "output out is fed by li (LI)", "spiking layer");
        NirGraph wide = Graphs.start().node("in", new NirNode.Input(new int[] {100}))
                .node("w", Graphs.linear(2, 100, Graphs.filled(200, 1)))
                .node("lif", Graphs.lif(2, 0.01, 0.01)).node("out", new NirNode.Output(new int[] {2}))
                .edge("in", "w").edge("w", "lif").edge("lif", "out").graph();
        says(notLowered(wide, 4), "layer lif needs 100 rows", "a tile has 64");
        NirGraph many = Graphs.start().node("in", new NirNode.Input(new int[] {2}))
                .node("w", Graphs.linear(200, 2, Graphs.filled(400, 1)))
                .node("lif", Graphs.lif(200, 0.01, 0.01)).node("out", new NirNode.Output(new int[] {200}))
                .edge("in", "w").edge("w", "lif").edge("lif", "out").graph();
        says(notLowered(many, 4), "does not fit the chip", "tiles");
        NirGraph skip = Graphs.start().node("in", new NirNode.Input(new int[] {2}))
                .node("w1", Graphs.linear(2, 2, new double[] {1, 0, 0, 1}))
                .node("h", Graphs.lif(2, 0.01, 0.01))
                .node("w2", Graphs.linear(2, 2, new double[] {1, 0, 0, 1}))
                .node("skip", Graphs.linear(2, 2, new double[] {1, 0, 0, 1}))
                .node("o", Graphs.lif(2, 0.01, 0.01)).node("out", new NirNode.Output(new int[] {2}))
                .edge("in", "w1").edge("w1", "h").edge("h", "w2").edge("w2", "o").edge("in", "skip")
                .edge("skip", "o").edge("o", "out").graph();
        says(notLowered(skip, 4), "layer o takes spikes from", "paths of");
    }
}
