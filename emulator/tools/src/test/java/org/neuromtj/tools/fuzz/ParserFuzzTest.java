package org.neuromtj.tools.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.foundation.files.SealedFile;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.run.SpikeTrains;
import org.neuromtj.tools.nvm.NvmException;
import org.neuromtj.tools.nvm.NvmFile;
import org.neuromtj.tools.workload.data.Idx;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.net.ModelFile;

/**
 * Coverage-guided fuzz targets for every file the tools read. The property of each: the reader returns, or
 * refuses with its own exception (whose message names the file); any other exception, or a hang, is a
 * defect. In the test suite each runs over its corpus ({@code ParserFuzzTestInputs/<target>/} beside this
 * class in the test resources); {@code ./neuromtj fuzz TARGET} fuzzes it for real and adds what it finds.
 */
class ParserFuzzTest {
    private static final byte[] NVM_MAGIC = "NMTJNVM\0".getBytes(StandardCharsets.US_ASCII);

    /** A chip image, its length and CRC words made right so that the fuzzer reaches the sections. */
    @FuzzTest(maxDuration = "10s")
    void chipImage(byte[] data) {
        byte[] b = data.clone();
        if (b.length >= 20) {
            ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            w.putInt(12, b.length);
            CRC32 c = new CRC32();
            c.update(b, 20, b.length - 20);
            w.putInt(16, (int) c.getValue());
        }
        try {
            ChipImage.parse(Path.of("fuzz.img"), b).bytes();
        } catch (WorkloadFileException expected) {
            // A refusal naming the file is the documented outcome.
        }
    }

    /** Technology, tile and NPU files: one YAML text read as each. */
    @FuzzTest(maxDuration = "10s")
    void chipFiles(FuzzedDataProvider in) {
        int kind = in.consumeInt(0, 2);
        byte[] yaml = in.consumeRemainingAsBytes();
        try {
            ConfigNode n = ConfigNode.parse("fuzz.yaml", yaml);
            switch (kind) {
                case 0 -> Technology.read(n);
                case 1 -> TileConfig.read(n);
                default -> NpuConfig.read(n);
            }
        } catch (ConfigException expected) {
            // A refusal naming the key is the documented outcome.
        }
    }

    /** An IDX file of images. */
    @FuzzTest(maxDuration = "10s")
    void idx(byte[] data) {
        Path f = Scratch.file(".idx", data);
        try {
            Idx.read(f, 3);
        } catch (WorkloadFileException expected) {
            // Refused by name.
        } finally {
            Scratch.delete(f);
        }
    }

    /** A model file (JSON). */
    @FuzzTest(maxDuration = "10s")
    void modelFile(byte[] data) {
        Path f = Scratch.file(".json", data);
        try {
            ModelFile.read(f);
        } catch (WorkloadFileException expected) {
            // Refused by name.
        } finally {
            Scratch.delete(f);
        }
    }

    /** A NIR graph (HDF5). */
    @FuzzTest(maxDuration = "10s")
    void nirFile(byte[] data) {
        Path f = Scratch.file(".nir", data);
        try {
            NirFile.read(f);
        } catch (NirException expected) {
            // Refused by name.
        } finally {
            Scratch.delete(f);
        }
    }

    /** A NumPy array of input spikes. */
    @FuzzTest(maxDuration = "10s")
    void npy(byte[] data) {
        Path f = Scratch.file(".npy", data);
        try {
            SpikeTrains.readNpy(f);
        } catch (NirException expected) {
            // Refused by name.
        } finally {
            Scratch.delete(f);
        }
    }

    /** One chip for every input: a load either restores every cell or none, so inputs do not disturb another. */
    private static final Machine SMALL_CHIP = smallChip();

    /** A one-tile chip of 8×8 cells, whose NVM payload is small enough for a corpus. */
    private static Machine smallChip() {
        NpuConfig npu = NpuConfig.read(ConfigNode.resource(NpuConfig.class, "default-npu.yaml").with("mesh.width", 1)
                .with("mesh.height", 1));
        TileConfig tile = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("crossbar.rows", 8).with("crossbar.columns", 8).with("crossbar.segment", 8));
        return new Machine(OutputStream.nullOutputStream(), 1, npu, tile, Technology.defaults());
    }

    /** An NVM file's payload, sealed with the right magic, version and digest so the fuzzer reaches its tiles. */
    @FuzzTest(maxDuration = "10s")
    void nvmFile(byte[] payload) throws IOException {
        Machine m = SMALL_CHIP;
        Path f = Scratch.file(".nvm", new byte[0]);
        try {
            SealedFile.write(f, NVM_MAGIC, NvmFile.VERSION, payload);
            NvmFile.load(f, m.npu(), NvmFile.identity(m.npu(), m.technology(), m.seed()));
        } catch (NvmException expected) {
            // Refused by name, no cell changed.
        } finally {
            Scratch.delete(f);
        }
    }
}
