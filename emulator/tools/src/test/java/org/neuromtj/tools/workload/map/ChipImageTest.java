package org.neuromtj.tools.workload.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.net.ModelFile;

/** A chip image reads back as written, byte for byte, and a damaged or foreign one is refused by name. */
class ChipImageTest {
    @TempDir
    Path dir;

    private static ChipImage image() {
        ChipShape chip = ChipShape.of(NpuConfig.read(MapperTest.FMNIST.resolve("fmnist-npu.yaml")),
                TileConfig.read(MapperTest.FMNIST.resolve("fmnist-tile.yaml")));
        return Mapper.map(ModelFile.read(MapperTest.FMNIST.resolve("fmnist-model.json")).network(), chip);
    }

    private String refusal(Path file) {
        return assertThrows(WorkloadFileException.class, () -> ChipImage.read(file)).getMessage();
    }

    @Test
    void whatIsWrittenIsReadBackAndWrittenAgainIdentically() throws IOException {
        ChipImage image = image();
        Path a = dir.resolve("a.img");
        Path b = dir.resolve("b.img");
        image.write(a);
        ChipImage back = ChipImage.read(a);
        back.write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(image.chip(), back.chip());
        assertEquals(image.routes(), back.routes());
        assertEquals(image.maps(), back.maps());
        assertEquals(image.answers(), back.answers());
        assertEquals(image.calibrate(), back.calibrate());
        assertEquals(9, back.calibrate().size(), "every programmed tile is calibrated");
        for (int k = 0; k < image.tiles().size(); k++) {
            assertArrayEquals(image.tiles().get(k).cells(), back.tiles().get(k).cells());
        }
    }

    @Test
    void aFlippedBitTruncationAndForeignFilesAreRefused() throws IOException {
        Path file = dir.resolve("chip.img");
        image().write(file);
        byte[] bytes = Files.readAllBytes(file);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        Files.write(file, flipped);
        assertTrue(refusal(file).startsWith(file + ": CRC-32 mismatch"), refusal(file));
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        assertTrue(refusal(file).contains("truncated or padded: the header says " + bytes.length), refusal(file));
        Files.writeString(file, "{\"format\": \"neuromtj-model\"}");
        assertEquals(file + ": not a chip image (no NMTJIMG header)", refusal(file));
        byte[] v2 = bytes.clone();
        v2[8] = 2;
        Files.write(file, v2);
        assertEquals(file + ": chip image version 2, this NeuroMTJ reads version 1", refusal(file));
    }

    @Test
    void anImageForAnotherChipIsRefusedNamingBoth() {
        ChipImage image = image();
        ChipShape other = ChipShape.of(NpuConfig.defaults(), TileConfig.defaults());
        Path file = dir.resolve("chip.img");
        WorkloadFileException e = assertThrows(WorkloadFileException.class, () -> image.checkFits(file, other));
        assertEquals(file + ": a chip image for a 3×3 mesh of 832×64 tiles (strings of 64, 1-bit signed weights, 64"
                + " routing-table and 16 input-map entries), but this chip is a 2×2 mesh of 64×64 tiles (strings of 64,"
                + " 1-bit signed weights, 64 routing-table and 16 input-map entries)", e.getMessage());
        image.checkFits(file, image.chip());
    }
}
