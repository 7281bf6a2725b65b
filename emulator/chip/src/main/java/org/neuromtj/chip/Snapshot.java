package org.neuromtj.chip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.neuromtj.chip.elf.Segment;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.foundation.files.SealedFile;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * The whole chip's state at a cycle, in a file: the magic {@code NMTJSNAP}, the version, the identity
 * of the machine it belongs to (firmware, seed, configuration, technology), the cycle, the compressed
 * state ({@link Machine#save}) and the SHA-256 of everything before it. Written to a new file and
 * renamed; a file that is truncated, corrupt, of another version or for another machine is refused
 * before the machine is touched.
 */
public final class Snapshot {
    /** The version this code writes and reads. */
    public static final int VERSION = 3;
    private static final byte[] MAGIC = "NMTJSNAP".getBytes(StandardCharsets.US_ASCII);

    private Snapshot() {
    }

    /**
     * @param m a machine with firmware loaded
     * @return what a snapshot must match: the firmware's contents, the seed, the NPU's and tiles'
     *         configuration and the technology's junctions and read path
     */
    public static String identity(Machine m) {
        MessageDigest firmware = SealedFile.sha256();
        for (Segment s : m.firmware().segments()) {
            firmware.update(ByteBuffer.allocate(8).putLong(s.address()).array());
            firmware.update(s.data());
        }
        Tile t = m.npu().tiles().get(0);
        String chip = m.npu().config() + " " + t.config() + " " + m.technology().device() + " "
                + m.technology().variation() + " " + m.technology().readPath();
        return "firmware " + Path.of(m.firmware().name()).getFileName() + " #" + HexFormat.of().formatHex(firmware.digest(), 0, 6) + ", seed "
                + m.seed() + ", chip #" + HexFormat.of().formatHex(SealedFile.sha256(chip.getBytes(StandardCharsets.UTF_8)),
                0, 6);
    }

    /**
     * @param file    where
     * @param machine the machine, between two turns of its run loop
     * @throws IOException if the file cannot be written; an old one is then untouched
     * @throws StateException if the machine's state cannot be saved (RTL blocks)
     */
    public static void save(Path file, Machine machine) throws IOException {
        StateWriter w = new StateWriter();
        machine.save(w);
        byte[] state = w.toByteArray();
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(state);
        d.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            packed.write(buf, 0, d.deflate(buf));
        }
        d.end();
        StateWriter head = new StateWriter();
        head.string(identity(machine));
        head.i64(machine.hart().cycle());
        head.i32(state.length);
        head.bytes(packed.toByteArray());
        SealedFile.write(file, MAGIC, VERSION, head.toByteArray());
    }

    /**
     * Restores a snapshot into a machine built with the same seed and configuration, the same firmware
     * loaded.
     *
     * @param file    a snapshot
     * @param machine the machine
     * @return the cycle the snapshot was taken at
     * @throws SnapshotException naming the file and the fault; the machine is then not to be run
     */
    public static long load(Path file, Machine machine) {
        byte[] payload = SealedFile.read(file, MAGIC, VERSION, "a snapshot", "snapshot", SnapshotException::new);
        try {
            StateReader head = new StateReader(payload);
            String saved = head.string();
            String here = identity(machine);
            if (!saved.equals(here)) {
                throw new SnapshotException(file + ": a snapshot of another machine (" + saved + "); this one is " + here);
            }
            long cycle = head.i64();
            int length = head.i32();
            byte[] packed = head.bytes();
            head.end();
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            byte[] state = new byte[length];
            int n = inflater.inflate(state);
            boolean whole = inflater.finished() && n == length;
            inflater.end();
            if (!whole) {
                throw new SnapshotException(file + ": the state does not unpack to its stated length");
            }
            machine.restore(new StateReader(state));
            return cycle;
        } catch (StateException e) {
            throw new SnapshotException(file + ": " + e.getMessage());
        } catch (DataFormatException e) {
            throw new SnapshotException(file + ": the state does not unpack (" + e.getMessage() + ")");
        }
    }
}
