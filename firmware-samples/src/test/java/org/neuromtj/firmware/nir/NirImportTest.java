package org.neuromtj.firmware.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.nir.run.NirRun;
import org.neuromtj.tools.nir.run.SpikeTrains;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;

/** NIR graphs written to files, read back, lowered onto the chip and run beside the graph's own semantics. */
class NirImportTest {
    static final Path HOME = Path.of(System.getProperty("neuromtj.home", "../.."));
    private static final double DT = 1e-3;

    @TempDir
    Path dir;

    private NirGraph roundTrip(NirGraph g) {
        Path file = dir.resolve("g.nir");
        NirFile.write(file, g, DT);
        NirFile.Contents c = NirFile.read(file);
        assertEquals(DT, c.dt());
        return c.graph();
    }

    private static Technology multilevel() {
        return ideal(Technology.read(HOME.resolve("firmware-samples/multilevel/multilevel-technology.yaml")));
    }

    /** Devices without spread: the chip's sums are then the weights' own, and its spikes the graph's. */
    static Technology ideal(Technology t) {
        return t.withVariation(Variation.ideal()).withReadPath(t.readPath().withTransistorSigmaOhm(0));
    }

    /** The default tile, with the multilevel experiment's shorter strings and finer TDCs for 32-level cells. */
    private static ConfigNode multilevelTile() {
        return ConfigNode.resource(TileConfig.class, "default-tile.yaml").with("crossbar.segment", 16)
                .with("tdc.bits", 12);
    }

    private NirRun.Result run(NirGraph g, Technology tech, SpikeTrains in) {
        return run(g, tech, in, tech.device().levels() > 2 ? multilevelTile()
                : ConfigNode.resource(TileConfig.class, "default-tile.yaml"));
    }

    private NirRun.Result run(NirGraph g, Technology tech, SpikeTrains in, ConfigNode tileFile) {
        NpuConfig npu = NpuConfig.defaults();
        Lowering.Lowered l = Lowering.lower(g, DT, ChipShape.of(npu, TileConfig.read(tileFile)), tileFile,
                tech.device().levels(), 1, in.timesteps());
        return NirRun.run(HOME, g, DT, l, npu, tech, 1, in, null);
    }

    private static SpikeTrains constant(int samples, int timesteps, int inputs) {
        byte[][][] s = new byte[samples][timesteps][inputs];
        for (byte[][] sample : s) {
            for (byte[] step : sample) {
                java.util.Arrays.fill(step, (byte) 1);
            }
        }
        return new SpikeTrains(s);
    }

    @Test
    void aSingleLifNeuronDrivenByAKnownCurrentSpikesWhenTheGraphSaysExactly() {
        // τ = 16 timesteps: the chip's leak 256/4096 is exact; 32-level cells give the membrane its resolution.
        NirGraph g = roundTrip(Graphs.start().node("in", new NirNode.Input(new int[] {1}))
                .node("w", Graphs.linear(1, 1, new double[] {1}))
                .node("lif", Graphs.lif(1, 16 * DT, 0.2))
                .node("out", new NirNode.Output(new int[] {1}))
                .edge("in", "w").edge("w", "lif").edge("lif", "out").graph());
        NirRun.Result r = run(g, multilevel(), constant(1, 40, 1));
        List<Integer> reference = r.referenceSpikes().stream().map(s -> s[2]).toList();
        List<Integer> chip = r.chipSpikes().stream().map(s -> s[2]).toList();
        assertTrue(reference.size() >= 5, "the neuron fires several times: " + reference);
        assertEquals(reference, chip, "spike times on the chip and in the graph");
    }

    /** Random ternary weights, as a seeded generator draws them. */
    private static double[] ternary(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = r.nextInt(3) - 1;
        }
        return w;
    }

    private static SpikeTrains random(int samples, int timesteps, int inputs, double rate, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        byte[][][] s = new byte[samples][timesteps][inputs];
        for (byte[][] sample : s) {
            for (byte[] step : sample) {
                for (int i = 0; i < inputs; i++) {
                    step[i] = (byte) (r.nextDouble() < rate ? 1 : 0);
                }
            }
        }
        return new SpikeTrains(s);
    }

    @Test
    void aTwoLayerFeedForwardNetworkGivesTheGraphsSpikesALayerLater() {
        NirGraph g = roundTrip(Graphs.start().node("in", new NirNode.Input(new int[] {12}))
                .node("fc1", Graphs.linear(8, 12, ternary(96, 1)))
                .node("h", Graphs.integrateFire(8, 1 / DT, 1.5, false))
                .node("fc2", Graphs.linear(4, 8, ternary(32, 2)))
                .node("o", Graphs.integrateFire(4, 1 / DT, 0.5, false))
                .node("out", new NirNode.Output(new int[] {4}))
                .edge("in", "fc1").edge("fc1", "h").edge("h", "fc2").edge("fc2", "o").edge("o", "out").graph());
        NirRun.Result r = run(g, ideal(Technology.defaults()), random(3, 20, 12, 0.4, 3));
        assertTrue(r.referenceSpikes().size() >= 10, "the output layer fires: " + r.referenceSpikes().size());
        assertEquals(r.referenceSpikes().size(), r.chipSpikes().size());
        assertEquals(r.referenceSpikes().size(), r.matched(), "every spike at its timestep, one layer's latency"
                + " taken off");
    }

    @Test
    void aRecurrentLayerFeedsItsSpikesBackInTheNextTimestep() {
        double[] recurrent = ternary(36, 5);
        for (int k = 0; k < 6; k++) {
            recurrent[k * 6 + k] = 0;
        }
        NirGraph g = roundTrip(Graphs.start().node("in", new NirNode.Input(new int[] {5}))
                .node("fc", Graphs.linear(6, 5, ternary(30, 4)))
                .node("rec", Graphs.linear(6, 6, recurrent))
                .node("if", Graphs.integrateFire(6, 1 / DT, 1.5, false))
                .node("out", new NirNode.Output(new int[] {6}))
                .edge("in", "fc").edge("fc", "if").edge("if", "rec").edge("rec", "if").edge("if", "out").graph());
        assertEquals(1, g.backEdges().size(), "the recurrent edge closes a cycle: " + g.backEdges());
        NirRun.Result r = run(g, ideal(Technology.defaults()), random(2, 30, 5, 0.4, 6));
        assertTrue(r.referenceSpikes().size() >= 10, "the layer fires: " + r.referenceSpikes().size());
        assertEquals(r.referenceSpikes().size(), r.matched(), "recurrent spikes reach the layer a timestep later,"
                + " on the chip as in the graph");
        assertEquals(r.referenceSpikes().size(), r.chipSpikes().size());
    }

    @Test
    void aSmallConvolutionIsUnrolledIntoTheCrossbar() {
        double[] kernels = ternary(2 * 9, 7);
        NirGraph g = roundTrip(Graphs.start().node("in", new NirNode.Input(new int[] {1, 6, 6}))
                .node("conv", new NirNode.Conv(new int[] {2, 1, 3, 3}, kernels, new int[] {1, 1}, new int[] {0, 0},
                        new int[] {1, 1}, 1, new double[2], new int[] {6, 6}))
                .node("c", new NirNode.Neurons("IF", new int[] {2, 4, 4}, null, null, Graphs.filled(32, 1 / DT), null,
                        Graphs.filled(32, 0.5), Graphs.filled(32, 0), null, false))
                .node("flat", new NirNode.Flatten(0, -1, new int[] {2, 4, 4}))
                .node("fc", Graphs.linear(3, 32, ternary(96, 8)))
                .node("o", Graphs.integrateFire(3, 1 / DT, 0.5, false))
                .node("out", new NirNode.Output(new int[] {3}))
                .edge("in", "conv").edge("conv", "c").edge("c", "flat").edge("flat", "fc").edge("fc", "o")
                .edge("o", "out").graph());
        NirRun.Result r = run(g, ideal(Technology.defaults()), random(2, 16, 36, 0.5, 9));
        assertTrue(r.referenceSpikes().size() >= 5, "the output fires: " + r.referenceSpikes().size());
        assertEquals(r.referenceSpikes().size(), r.matched());
        assertEquals(r.referenceSpikes().size(), r.chipSpikes().size());
    }

    @Test
    void anAffineBiasBecomesRowsDrivenEveryTimestep() {
        // A bias of two input weights a neuron (one of -1): two rows driven each timestep carry it.
        NirGraph g = roundTrip(Graphs.start().node("in", new NirNode.Input(new int[] {6}))
                .node("fc", new NirNode.Dense(3, 6, ternary(18, 10), new double[] {2, -1, 0}))
                .node("if", Graphs.integrateFire(3, 1 / DT, 2.5, false))
                .node("out", new NirNode.Output(new int[] {3}))
                .edge("in", "fc").edge("fc", "if").edge("if", "out").graph());
        NpuConfig npu = NpuConfig.defaults();
        ConfigNode tileFile = ConfigNode.resource(TileConfig.class, "default-tile.yaml");
        Lowering.Lowered l = Lowering.lower(g, DT, ChipShape.of(npu, TileConfig.read(tileFile)), tileFile, 2, 1, 20);
        assertEquals(List.of(new ChipImage.Bias(l.image().tiles().get(0).tile(), 6, 2)), l.image().biases());
        NirRun.Result r = run(g, ideal(Technology.defaults()), random(2, 20, 6, 0.3, 11));
        assertTrue(r.referenceSpikes().stream().anyMatch(s -> s[1] == 0), "the biased neuron fires");
        assertEquals(r.referenceSpikes().size(), r.matched());
        assertEquals(r.referenceSpikes().size(), r.chipSpikes().size());
    }
}
