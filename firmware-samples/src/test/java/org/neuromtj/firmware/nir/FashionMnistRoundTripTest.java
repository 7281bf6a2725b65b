package org.neuromtj.firmware.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.nir.export.NirExport;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.nir.run.NirRun;
import org.neuromtj.tools.nir.run.SpikeTrains;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;

/**
 * The shipped Fashion-MNIST network exported to NIR and imported back: the same chip image as today's mapper
 * makes, and on the chip the answers the fmnist firmware gives.
 */
class FashionMnistRoundTripTest {
    private static final Path FMNIST = NirImportTest.HOME.resolve("firmware-samples/fmnist");
    private static final double DT = 1e-4;
    private static final int IMAGES = 12;

    @TempDir
    Path dir;

    @Test
    void exportedAndImportedItIsTodaysChipImageAndGivesTheSameAnswers() throws Exception {
        Network net = ModelFile.read(FMNIST.resolve("fmnist-model.json")).network();
        Path file = dir.resolve("fmnist.nir");
        NirFile.write(file, NirExport.of(net, DT), DT);
        NirFile.Contents c = NirFile.read(file);
        NpuConfig npu = NpuConfig.read(FMNIST.resolve("fmnist-npu.yaml"));
        ConfigNode tileFile = ConfigNode.read(FMNIST.resolve("fmnist-tile.yaml"));
        TileConfig tile = TileConfig.read(tileFile);
        ChipShape shape = ChipShape.of(npu, tile);
        Lowering.Lowered lowered = Lowering.lower(c.graph(), c.dt(), shape, tileFile, 2, net.levels(),
                net.timesteps());
        ChipImage today = Mapper.map(net, shape);
        assertArrayEquals(today.bytes(), lowered.image().bytes(), "the imported graph's chip image is the mapper's");
        assertEquals(tile, TileConfig.read(lowered.tile()), "and its neurons are the fmnist tile's");
        assertEquals(1, lowered.latency());

        ImageSet test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST)
                .select(IntStream.range(0, IMAGES).toArray());
        SpikeTrains in = SpikeTrains.ofImages(test, IMAGES, net.levels(), net.timesteps());
        int[] labels = IntStream.range(0, IMAGES).map(test::label).toArray();
        Technology ideal = NirImportTest.ideal(Technology.defaults());
        NirRun.Result r = NirRun.run(NirImportTest.HOME, c.graph(), c.dt(), lowered, npu, ideal, 1, in, labels);
        assertEquals(r.referenceSpikes().size(), r.matched(), "ideal devices: every output spike of the graph");
        assertEquals(r.referenceSpikes().size(), r.chipSpikes().size());

        ChipRun.Outcome fmnist = ChipRun.run(new ChipRun.Setup(ElfReader.forChip().read(NirImportTest.HOME.resolve(
                "firmware-samples/target/firmware/fmnist.elf")), today, npu, tile, ideal, 1, 1L << 40), test,
                IMAGES, done -> { });
        // The fmnist firmware counts its network's timesteps 0 to T − 1 on the chip: the graph's −1 to T − 2.
        int[] window = NirRun.answers(r.chipSpikes(), IMAGES, net.outputs(), net.timesteps() - 1);
        assertArrayEquals(fmnist.answers(), window, "the imported graph answers as the fmnist firmware does");
        assertTrue(r.accuracy(r.chipAnswers()) > 0.5, "and mostly right: " + r.accuracy(r.chipAnswers()));
    }
}
