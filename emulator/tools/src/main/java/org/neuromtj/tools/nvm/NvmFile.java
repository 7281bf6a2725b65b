package org.neuromtj.tools.nvm;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.foundation.files.SealedFile;

/**
 * The crossbars' MTJ states kept across runs, as the non-volatile chip keeps them: every cell's level
 * and pulse count, tile by tile. The file says which chip it belongs to (seed, technology and
 * geometry: the same seed and technology fabricate the same junctions) and ends with the SHA-256 of
 * everything before it. It is written to a new file that is forced to disk and then renamed over the
 * old one, so a crash leaves the old file or the new one, never half of either; a file that is
 * truncated, corrupt or for another chip is refused before any cell changes.
 *
 * <p>Layout, big-endian: the magic {@code NMTJNVM\0}, the version, the chip's identity (a UTF string),
 * the number of tiles, then per tile its cell count, the levels (a byte each) and the pulse counts (8
 * bytes each); then the 32-byte hash.
 */
public final class NvmFile {
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;
    private static final byte[] MAGIC = "NMTJNVM\0".getBytes(StandardCharsets.US_ASCII);

    private NvmFile() {
    }

    /**
     * @param npu        the chip's NPU
     * @param technology its technology
     * @param seed       its master seed
     * @return what identifies the junctions: the same seed, junction and variation fabricate the same cells
     */
    public static String identity(Npu npu, Technology technology, long seed) {
        Tile t = npu.tiles().get(0);
        return "seed " + seed + ", " + npu.tiles().size() + " tiles of " + t.config().geometry().rows() + "x"
                + t.config().geometry().columns() + ", junctions of " + technology.name() + " #"
                + HexFormat.of().formatHex(SealedFile.sha256((technology.device() + " " + technology.variation())
                .getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    /**
     * Saves every crossbar's cells atomically.
     *
     * @param file     where
     * @param npu      the chip's NPU
     * @param identity {@link #identity} of the chip
     * @throws IOException if it cannot be written; the old file, if any, is then untouched
     */
    public static void save(Path file, Npu npu, String identity) throws IOException {
        SealedFile.write(file, MAGIC, VERSION, payload(npu, identity));
    }

    private static byte[] payload(Npu npu, String identity) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(identity);
            out.writeInt(npu.tiles().size());
            for (Tile t : npu.tiles()) {
                MtjCells cells = t.crossbar().cells();
                out.writeInt(cells.size());
                out.write(cells.levels());
                for (long p : cells.pulseCounts()) {
                    out.writeLong(p);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads every crossbar's cells, all or nothing.
     *
     * @param file     an NVM file
     * @param npu      the chip's NPU
     * @param identity {@link #identity} of the chip
     * @throws NvmException naming the file and the fault, if it is missing, truncated, corrupt, of
     *                      another version or for another chip; no cell has changed then
     */
    public static void load(Path file, Npu npu, String identity) {
        ByteBuffer in = ByteBuffer.wrap(SealedFile.read(file, MAGIC, VERSION, "an NVM file", "NVM", NvmException::new));
        try {
            read(file, in, npu, identity);
        } catch (java.nio.BufferUnderflowException e) {
            throw new NvmException(file + ": shorter than its header and tiles need");
        }
    }

    /** The payload's cells, checked whole before any is restored. */
    private static void read(Path file, ByteBuffer in, Npu npu, String identity) {
        String stored = readUtf(in);
        if (!stored.equals(identity)) {
            throw new NvmException(file + ": the MTJ states of another chip (" + stored + "); this chip is " + identity);
        }
        List<Tile> tiles = npu.tiles();
        int count = in.getInt();
        if (count != tiles.size()) {
            throw new NvmException(file + ": " + count + " tiles, the chip has " + tiles.size());
        }
        byte[][] levels = new byte[count][];
        long[][] pulses = new long[count][];
        for (int t = 0; t < count; t++) {
            int cells = in.getInt();
            if (cells != tiles.get(t).crossbar().cells().size()) {
                throw new NvmException(file + ": tile " + t + " has " + cells + " cells in the file, "
                        + tiles.get(t).crossbar().cells().size() + " on the chip");
            }
            levels[t] = new byte[cells];
            in.get(levels[t]);
            pulses[t] = new long[cells];
            in.asLongBuffer().get(pulses[t]);
            in.position(in.position() + 8 * cells);
        }
        if (in.hasRemaining()) {
            throw new NvmException(file + ": " + in.remaining() + " bytes after the last tile");
        }
        for (int t = 0; t < count; t++) {
            try {
                tiles.get(t).crossbar().cells().check(levels[t], pulses[t]);
            } catch (IllegalArgumentException e) {
                throw new NvmException(file + ": tile " + t + ": " + e.getMessage());
            }
        }
        for (int t = 0; t < count; t++) {
            tiles.get(t).crossbar().cells().restore(levels[t], pulses[t]);
        }
    }

    private static String readUtf(ByteBuffer in) {
        int n = Short.toUnsignedInt(in.getShort());
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
