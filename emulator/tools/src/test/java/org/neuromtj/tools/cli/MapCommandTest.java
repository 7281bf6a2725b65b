package org.neuromtj.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.workload.map.ChipImage;

/** {@code neuromtj map}: the shipped model maps onto the Fashion-MNIST chip; a chip it does not fit is named. */
class MapCommandTest {
    private static final Path HOME = Path.of(System.getProperty("neuromtj.home", "../.."));
    private static final Path FMNIST = HOME.resolve("firmware-samples/fmnist");
    @TempDir
    Path dir;

    private CliRun map(String npu, String tile, Path out) {
        return CliRun.of("map", "--model", FMNIST.resolve("fmnist-model.json").toString(), "--npu",
                FMNIST.resolve(npu).toString(), "--tile", FMNIST.resolve(tile).toString(), "--out", out.toString());
    }

    @Test
    void theShippedModelMapsOntoTheFashionMnistChip() {
        Path out = dir.resolve("chip.img");
        CliRun r = map("fmnist-npu.yaml", "fmnist-tile.yaml", out);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("map: 784-256-10 network on a 3×3 mesh of 832×64 tiles"), r.out());
        assertEquals(9, ChipImage.read(out).tiles().size());
    }

    @Test
    void aChipTheNetworkDoesNotFitIsRefusedSayingWhy() throws Exception {
        Path npu = Files.writeString(dir.resolve("small-npu.yaml"), Files.readString(FMNIST.resolve("fmnist-npu.yaml"))
                .replace("width: 3", "width: 2"));
        CliRun r = map(npu.toAbsolutePath().toString(), "fmnist-tile.yaml", dir.resolve("x.img"));
        assertEquals(UsageFailure.BAD_INPUT, r.status());
        assertTrue(r.err().contains("does not fit the chip") && r.err().contains("needs 8 tiles for 256 hidden neurons"),
                r.err());
        Path leaky = HOME.resolve("emulator/chip/src/main/resources/org/neuromtj/chip/npu/tile/default-tile.yaml")
                .toAbsolutePath();
        r = map("fmnist-npu.yaml", leaky.toString(), dir.resolve("x.img"));
        assertEquals(UsageFailure.BAD_INPUT, r.status());
        assertTrue(r.err().contains("the network needs LIF neurons without leak"), r.err());
        assertTrue(Files.notExists(dir.resolve("x.img")), "nothing is written for a refused mapping");
    }
}
