package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;
import org.neuromtj.tools.workload.net.SpikingInference;

/**
 * The fmnist firmware on the Fashion-MNIST chip: with ideal devices it gives the software network's
 * answer on every image, and it refuses a chip image made for another chip.
 */
class FmnistTest {
    private static final Path FMNIST = Path.of("fmnist");
    private static final int IMAGES = 200;
    private static Network net;
    private static NpuConfig npu;
    private static TileConfig tile;
    private static ChipImage image;
    private static ImageSet test;

    @BeforeAll
    static void load() {
        net = ModelFile.read(FMNIST.resolve("fmnist-model.json")).network();
        npu = NpuConfig.read(FMNIST.resolve("fmnist-npu.yaml"));
        tile = TileConfig.read(FMNIST.resolve("fmnist-tile.yaml"));
        image = Mapper.map(net, ChipShape.of(npu, tile));
        test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
    }

    @Test
    void withIdealDevicesTheChipAnswersAsTheSoftwareNetworkOnEveryImage() throws Exception {
        Technology ideal = Technology.defaults().withVariation(Variation.ideal());
        ChipRun.Outcome run = ChipRun.run(new ChipRun.Setup(Firmware.image("fmnist"), image, npu, tile, ideal, 1,
                Firmware.MAX_CYCLES), test, IMAGES, done -> { });
        assertEquals(0, run.result().exitStatus(), run.uart());
        assertTrue(run.uart().contains("(0 cells failed write-verify)"), run.uart());
        SpikingInference software = new SpikingInference(net);
        int[] expected = new int[IMAGES];
        int[] labels = new int[IMAGES];
        int[] pixels = new int[FashionMnist.PIXELS];
        for (int k = 0; k < IMAGES; k++) {
            test.image(k, pixels);
            expected[k] = software.classify(pixels);
            labels[k] = test.label(k);
        }
        assertArrayEquals(labels, run.labels(), "the firmware read every label");
        assertArrayEquals(expected, run.answers());
        assertTrue(run.uart().contains(String.format("accuracy %d/%d", Math.round(run.accuracy() * IMAGES), IMAGES)),
                run.uart());
        assertTrue(run.marks().keySet().containsAll(List.of(ChipRun.PROGRAM, ChipRun.CALIBRATE, ChipRun.INFER,
                ChipRun.DONE)), run.marks().toString());
    }

    @Test
    void theFirmwareRefusesAChipImageForAnotherChip() throws Exception {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, 1);
        machine.host().offer(List.of(image.bytes(), test.imagesIdx(1), test.labelsIdx(1)));
        machine.load(Firmware.image("fmnist"));
        RunResult r = machine.run(Firmware.MAX_CYCLES);
        String out = uart.toString(StandardCharsets.UTF_8);
        assertEquals(2, r.exitStatus(), out);
        assertTrue(out.contains("the chip image is for a 3x3 mesh of 832x64 tiles (strings of 64); this chip is a 2x2"
                + " mesh of 64x64 tiles (strings of 64)"), out);
    }
}
