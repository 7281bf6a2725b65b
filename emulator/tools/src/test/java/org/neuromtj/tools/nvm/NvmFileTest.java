package org.neuromtj.tools.nvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;

/**
 * MTJ states survive across runs: saved and loaded whole, refused whole when damaged or foreign, and a
 * writer killed in the middle of a save leaves a file that loads.
 */
class NvmFileTest {
    @TempDir
    Path dir;

    static Npu npu(long seed) {
        return new Npu(NpuConfig.defaults(), TileConfig.defaults(), Technology.defaults(), seed);
    }

    private static String id(Npu npu, long seed) {
        return NvmFile.identity(npu, Technology.defaults(), seed);
    }

    @Test
    void levelsAndWearComeBackInAFreshChip() throws Exception {
        Npu a = npu(1);
        MtjCells cells = a.tiles().get(1).crossbar().cells();
        for (int c = 0; c < 300; c++) {
            cells.pulse(c, 1.2, 2, Direction.TO_PARALLEL, Technology.defaults().switching());
        }
        cells.setLevel(4000, 1);
        Path file = dir.resolve("chip.nvm");
        NvmFile.save(file, a, id(a, 1));
        Npu b = npu(1);
        NvmFile.load(file, b, id(b, 1));
        MtjCells back = b.tiles().get(1).crossbar().cells();
        assertArrayEquals(cells.levels(), back.levels());
        assertArrayEquals(cells.pulseCounts(), back.pulseCounts());
        assertTrue(back.level(4000) == 1 && back.pulses(0) == 1);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAndChangesNothing() throws Exception {
        Npu a = npu(1);
        a.tiles().get(0).crossbar().cells().setLevel(7, 1);
        Path file = dir.resolve("chip.nvm");
        NvmFile.save(file, a, id(a, 1));
        byte[] good = Files.readAllBytes(file);

        Npu other = npu(2);
        NvmException e = assertThrows(NvmException.class, () -> NvmFile.load(file, other, id(other, 2)));
        assertTrue(e.getMessage().contains("the MTJ states of another chip (seed 1,"), e.getMessage());

        Npu fresh = npu(1);
        Files.write(file, Arrays.copyOf(good, good.length - 1000));
        e = assertThrows(NvmException.class, () -> NvmFile.load(file, fresh, id(fresh, 1)));
        assertEquals(file + ": checksum mismatch: the file is truncated or corrupt", e.getMessage());
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 4;
        Files.write(file, flipped);
        assertThrows(NvmException.class, () -> NvmFile.load(file, fresh, id(fresh, 1)));
        Files.writeString(file, "hello");
        e = assertThrows(NvmException.class, () -> NvmFile.load(file, fresh, id(fresh, 1)));
        assertEquals(file + ": not an NVM file (no NMTJNVM header)", e.getMessage());
        assertEquals(0, fresh.tiles().get(0).crossbar().cells().level(7), "nothing was loaded in part");
    }

    @Test
    void killingTheWriterMidSaveLeavesAFileThatLoadsWhole() throws Exception {
        Path file = dir.resolve("churn.nvm");
        for (int kill = 0; kill < 5; kill++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), NvmChurn.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("saved"), "the writer saved once: " + line);
            Thread.sleep(30 + 37L * kill);
            p.destroyForcibly();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            Npu n = npu(1);
            NvmFile.load(file, n, id(n, 1));
            byte[] levels = n.tiles().get(0).crossbar().cells().levels();
            int first = levels[0];
            for (int c = 0; c < levels.length; c++) {
                assertEquals((c + first) % 2, levels[c], "one whole round's pattern, cell " + c);
            }
        }
    }
}
