package org.neuromtj.firmware.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.run.SpikeTrains;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/**
 * {@code neuromtj import} as a user runs it: the shipped network written as NIR by {@code map --nir}, imported
 * and run on images and on a NumPy array of spikes, and bad inputs refused with one message.
 */
class ImportCommandTest {
    private static final Path FMNIST = NirImportTest.HOME.resolve("firmware-samples/fmnist");

    @TempDir
    Path dir;

    private static byte[] idx(int magic, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(data).array();
    }

    @Test
    void theShippedNetworkTravelsAsNirAndRunsBesideItsGraph() throws Exception {
        Path nir = dir.resolve("fmnist.nir");
        CliRun map = CliRun.of("map", "--nir", nir.toString(), "--out", dir.resolve("map.img").toString());
        assertEquals(0, map.status(), map.err());
        ImageSet test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST)
                .select(IntStream.range(0, 6).toArray());
        Path images = dir.resolve("images.idx");
        Path labels = dir.resolve("labels.idx");
        Files.write(images, test.imagesIdx(6));
        byte[] l = new byte[6];
        for (int k = 0; k < l.length; k++) {
            l[k] = (byte) test.label(k);
        }
        Files.write(labels, idx(0x801, new int[] {6}, l));
        Path report = dir.resolve("report");
        CliRun r = CliRun.of("import", nir.toString(), "--npu", FMNIST.resolve("fmnist-npu.yaml").toString(), "--tile",
                FMNIST.resolve("fmnist-tile.yaml").toString(), "--images", images.toString(), "--labels",
                labels.toString(), "--levels", "16", "--timesteps", "32", "--ideal-devices", "--out",
                dir.resolve("out/chip.img").toString(), "--report", report.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2 layers on 9 tiles") && r.out().contains("latency 1 timestep"), r.out());
        assertTrue(r.out().contains("the graph's output spikes the chip gives at the same timestep: ours 100.0 %"),
                r.out());
        assertTrue(r.out().contains("samples the chip answers as the graph does: ours 100.0 %"), r.out());
        assertTrue(Files.exists(report.resolve("report.json")) && Files.exists(dir.resolve("out/chip-tile.yaml"))
                && Files.exists(dir.resolve("out/spikes.bin")));

        // The same samples as a NumPy array of spikes give the same run.
        Path npy = dir.resolve("spikes.npy");
        SpikeTrains.ofImages(test, 6, 16, 32).writeNpy(npy);
        CliRun s = CliRun.of("import", nir.toString(), "--npu", FMNIST.resolve("fmnist-npu.yaml").toString(), "--tile",
                FMNIST.resolve("fmnist-tile.yaml").toString(), "--spikes", npy.toString(), "--ideal-devices", "--out",
                dir.resolve("npy/chip.img").toString());
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("samples the chip answers as the graph does: ours 100.0 %"), s.out());
    }

    @Test
    void aNumPyArrayReadsInAnyTypeAndItsNonSpikesAreRefused() throws Exception {
        // A (2, 3) float32 array, little-endian, as numpy.save writes it.
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        String header = dict + " ".repeat(64 - (10 + dict.length() + 1) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 24).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length())
                .put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float v : new float[] {1, 0, 1, 0, 0, 1}) {
            b.putFloat(v);
        }
        Path npy = dir.resolve("f4.npy");
        Files.write(npy, b.array());
        SpikeTrains t = SpikeTrains.readNpy(npy);
        assertEquals(1, t.samples());
        assertEquals(2, t.timesteps());
        assertEquals(3, t.inputs());
        assertEquals(1, t.spikes()[0][1][2]);
        b.putFloat(10 + header.length() + 4, 0.5f);
        Files.write(npy, b.array());
        String message = org.junit.jupiter.api.Assertions.assertThrows(NirException.class, () -> SpikeTrains.readNpy(
                npy)).getMessage();
        assertTrue(message.contains("value 0.5 at sample 0, timestep 0, input 1") && message.contains("0 or 1"),
                message);
    }

    @Test
    void badInputsGetOneMessage() throws Exception {
        CliRun missing = CliRun.of("import", dir.resolve("none.nir").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.nir: no such file"), missing.err());
        Path nir = dir.resolve("fmnist.nir");
        assertEquals(0, CliRun.of("map", "--nir", nir.toString(), "--out", dir.resolve("m.img").toString()).status());
        CliRun small = CliRun.of("import", nir.toString(), "--out", dir.resolve("x/chip.img").toString());
        assertEquals(2, small.status());
        assertTrue(small.err().contains("needs 784 rows") && small.err().contains("a tile has 64"), small.err());
        CliRun both = CliRun.of("import", nir.toString(), "--spikes", "a.npy", "--images", "b.idx");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("give --spikes or --images, not both"), both.err());
    }
}
