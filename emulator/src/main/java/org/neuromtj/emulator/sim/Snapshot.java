package org.neuromtj.emulator.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.neuromtj.emulator.Machine;
import org.neuromtj.emulator.elf.Segment;
import org.neuromtj.emulator.npu.tile.Tile;
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
    public static final int VERSION = 1;
    private static final byte[] MAGIC = "NMTJSNAP".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH = 32;

    private Snapshot() {
    }

    /**
     * @param m a machine with firmware loaded
     * @return what a snapshot must match: the firmware's contents, the seed, the NPU's and tiles'
     *         configuration and the technology's junctions and read path
     */
    public static String identity(Machine m) {
        MessageDigest firmware = sha256();
        for (Segment s : m.firmware().segments()) {
            firmware.update(ByteBuffer.allocate(8).putLong(s.address()).array());
            firmware.update(s.data());
        }
        Tile t = m.npu().tiles().get(0);
        String chip = m.npu().config() + " " + t.config() + " " + m.technology().device() + " "
                + m.technology().variation() + " " + m.technology().readPath();
        return "firmware " + Path.of(m.firmware().name()).getFileName() + " #" + HexFormat.of().formatHex(firmware.digest(), 0, 6) + ", seed "
                + m.seed() + ", chip #" + HexFormat.of().formatHex(sha256().digest(chip.getBytes(StandardCharsets.UTF_8)),
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
        byte[] body = concat(MAGIC, ByteBuffer.allocate(4).putInt(VERSION).array(), head.toByteArray());
        AtomicFile.write(file, concat(body, sha256().digest(body)));
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
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SnapshotException(file + ": no such file");
        } catch (IOException e) {
            throw new SnapshotException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (all.length < MAGIC.length + 4 + HASH || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw new SnapshotException(file + ": not a snapshot (no NMTJSNAP header)");
        }
        byte[] body = Arrays.copyOf(all, all.length - HASH);
        if (!Arrays.equals(sha256().digest(body), Arrays.copyOfRange(all, body.length, all.length))) {
            throw new SnapshotException(file + ": checksum mismatch: the file is truncated or corrupt");
        }
        int version = ByteBuffer.wrap(body, MAGIC.length, 4).getInt();
        if (version != VERSION) {
            throw new SnapshotException(file + ": snapshot version " + version + ", this NeuroMTJ reads version "
                    + VERSION);
        }
        try {
            StateReader head = new StateReader(Arrays.copyOfRange(body, MAGIC.length + 4, body.length));
            String saved = head.string();
            String here = identity(machine);
            if (!saved.equals(here)) {
                throw new SnapshotException(file + ": a snapshot of another machine (" + saved + "); this one is " + here);
            }
            long cycle = head.i64();
            int length = head.i32();
            byte[] packed = head.bytes(head.peekLength());
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

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
