package org.neuromtj.tools.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.nir.run.NirRun;
import org.neuromtj.tools.nir.run.SpikeTrains;
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
        return Technology.read(HOME.resolve("firmware-samples/multilevel/multilevel-technology.yaml"));
    }

    private NirRun.Result run(NirGraph g, Technology tech, SpikeTrains in) {
        NpuConfig npu = NpuConfig.defaults();
        ConfigNode tileFile = ConfigNode.resource(TileConfig.class, "default-tile.yaml");
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
}
