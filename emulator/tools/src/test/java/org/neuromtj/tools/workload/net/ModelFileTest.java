package org.neuromtj.tools.workload.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.neuromtj.tools.workload.files.SealedJson;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/** A model file gives back what was written, and a wrong version, a bad checksum or junk is refused. */
class ModelFileTest {

    private static ModelFile.Model model() {
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(3L);
        byte[] w1 = new byte[784 * 5];
        byte[] w2 = new byte[5 * 10];
        for (byte[] w : new byte[][] {w1, w2}) {
            for (int k = 0; k < w.length; k++) {
                w[k] = (byte) (r.nextInt(3) - 1);
            }
        }
        Network n = new Network(784, 5, 10, 8, 16, 16, 12, w1, w2, Network.Coding.UNIPOLAR);
        return new ModelFile.Model(n, new Trainer.Settings(5, 8, 16, 16, 3, 100, 0.002, 9, 60_000, Network.Coding.UNIPOLAR), 0.8612, 10_000);
    }

    private static String refusal(Path file) {
        return assertThrows(WorkloadFileException.class, () -> ModelFile.read(file)).getMessage();
    }

    @Test
    void whatIsWrittenIsReadBack(@TempDir Path dir) throws IOException {
        ModelFile.Model m = model();
        Path file = dir.resolve("m.json");
        ModelFile.write(m, file);
        ModelFile.Model back = ModelFile.read(file);
        assertArrayEquals(m.network().w1(), back.network().w1());
        assertArrayEquals(m.network().w2(), back.network().w2());
        assertEquals(m.network().outputThreshold(), back.network().outputThreshold());
        assertEquals(m.settings(), back.settings());
        assertEquals(m.accuracy(), back.accuracy());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aBipolarNetworkKeepsItsCoding(@TempDir Path dir) throws IOException {
        byte[] w1 = new byte[64 * 3];
        byte[] w2 = new byte[3 * 10];
        java.util.Arrays.fill(w1, (byte) -1);
        java.util.Arrays.fill(w2, (byte) 1);
        Network n = new Network(64, 3, 10, 16, 18, 16, 4, w1, w2, Network.Coding.BIPOLAR);
        Path file = dir.resolve("b.json");
        ModelFile.write(new ModelFile.Model(n, new Trainer.Settings(3, 16, 18, 16, 1, 20, 0.002, 1, 1347,
                Network.Coding.BIPOLAR), 0.9, 450), file);
        ModelFile.Model back = ModelFile.read(file);
        assertEquals(Network.Coding.BIPOLAR, back.network().coding());
        assertEquals(Network.Coding.BIPOLAR, back.settings().coding());
        assertArrayEquals(w1, back.network().w1());
    }

    @Test
    void anEditedFileFailsItsChecksum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.json");
        ModelFile.write(model(), file);
        Files.writeString(file, Files.readString(file).replace("\"output_threshold\" : 12", "\"output_threshold\" : 13"));
        String m = refusal(file);
        assertTrue(m.startsWith(file + ": checksum mismatch: the file states sha256 "), m);
    }

    @Test
    void anotherVersionIsRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.json");
        ModelFile.write(model(), file);
        Files.writeString(file, Files.readString(file).replace("\"version\" : 1", "\"version\" : 2"));
        assertEquals(file + ": neuromtj-model version 2, this NeuroMTJ reads version 1", refusal(file));
    }

    @Test
    void anUnknownCodingIsRefusedByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.json");
        ModelFile.write(model(), file);
        com.fasterxml.jackson.databind.node.ObjectNode doc = SealedJson.read(file, ModelFile.FORMAT, ModelFile.VERSION);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("network")).put("coding", "tripolar");
        SealedJson.write(doc, file);
        assertEquals(file + ": network.coding must be unipolar or bipolar, not \"tripolar\"", refusal(file));
    }

    @Test
    void junkTruncationAndOtherFormatsAreRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.json");
        ModelFile.write(model(), file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertTrue(refusal(file).contains("not JSON"));
        Files.writeString(file, "{\"format\": \"neuromtj-chip-image\", \"version\": 1}");
        assertEquals(file + ": not a neuromtj-model file", refusal(file));
        assertEquals(dir.resolve("none.json") + ": no such file", refusal(dir.resolve("none.json")));
    }
}
