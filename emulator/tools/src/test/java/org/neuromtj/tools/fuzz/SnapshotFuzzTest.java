package org.neuromtj.tools.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.Snapshot;
import org.neuromtj.chip.SnapshotException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.foundation.files.SealedFile;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Snapshots as they arrive: a snapshot of a machine in the middle of a run (cells programmed, spikes queued and
 * in flight, a timestep, a DMA chain and a timer pending, UART output), edited by the input and handed to the
 * machine. Half the inputs edit the file and seal it again, so that edits reach the header and the packed state
 * rather than stop at the file's hash; half edit the unpacked state, mostly outside RAM's bytes, where every
 * block's registers, FIFOs, counters and pending events lie. The property: the snapshot is refused with an
 * exception naming the file (a state that does not fit, with {@link StateException}), or the machine it restores
 * runs a bound of cycles with no Java exception and saves, restores and saves again to the same bytes.
 */
class SnapshotFuzzTest {
    private static final long MAX_CYCLES = 20_000;
    private static final int MAX_EDITS = 8;
    private static final int HASH = 32;
    private static final ElfImage PROGRAM = program();
    private static final Machine MACHINE = machine();
    private static final byte[] STATE;
    private static final byte[] FILE;
    /** Where RAM's bytes lie in {@link #STATE}: edits mostly skip them. */
    private static final int RAM_START;
    private static final int RAM_LENGTH;

    static {
        Machine m = machine();
        m.run(3_000);
        StateWriter w = new StateWriter();
        m.save(w);
        STATE = w.toByteArray();
        RAM_LENGTH = m.ram().size();
        RAM_START = ramStart(STATE, RAM_LENGTH);
        Path f = Scratch.file(".snap", new byte[0]);
        try {
            Snapshot.save(f, m);
            FILE = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Scratch.delete(f);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void snapshot(FuzzedDataProvider in) {
        if (in.consumeBoolean()) {
            byte[] file = edited(FILE, in, 0, 0);
            byte[] body = Arrays.copyOf(file, Math.max(0, file.length - HASH));
            System.arraycopy(SealedFile.sha256(body), 0, file, body.length, Math.min(HASH, file.length - body.length));
            Path f = Scratch.file(".snap", file);
            try {
                Snapshot.load(f, MACHINE);
            } catch (SnapshotException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
                return;
            } finally {
                Scratch.delete(f);
            }
        } else {
            try {
                MACHINE.restore(new StateReader(edited(STATE, in, RAM_START, RAM_LENGTH)));
            } catch (StateException e) {
                return;
            }
        }
        MACHINE.run(MACHINE.hart().cycle() + MAX_CYCLES);
        StateWriter saved = new StateWriter();
        MACHINE.save(saved);
        MACHINE.restore(new StateReader(saved.toByteArray()));
        StateWriter again = new StateWriter();
        MACHINE.save(again);
        assertArrayEquals(saved.toByteArray(), again.toByteArray(), "the restored chip's state restores whole");
    }

    /**
     * @return {@code original} with the input's edits: bytes or words overwritten, a cut, bytes inserted; an edit
     *         lands in {@code [skip, skip + skipped)} one time in eight
     */
    private static byte[] edited(byte[] original, FuzzedDataProvider in, int skip, int skipped) {
        byte[] b = original.clone();
        int edits = in.consumeInt(1, MAX_EDITS);
        for (int k = 0; k < edits && in.remainingBytes() > 0; k++) {
            // Once a cut or an insertion has moved RAM's bytes, edits land anywhere.
            int span = skip + skipped <= b.length ? skipped : 0;
            int at = in.consumeInt(0, b.length - span - 1);
            if (at >= skip) {
                at += in.consumeInt(0, 7) == 0 ? in.consumeInt(0, span) : span;
            }
            at = Math.min(at, b.length - 1);
            switch (in.consumeInt(0, 4)) {
                case 0 -> b[at] = in.consumeByte();
                case 1, 2 -> {
                    int word = in.consumeInt(0, 3) == 0 ? in.consumeInt(-2, 2) : in.consumeInt();
                    ByteBuffer.wrap(b, Math.min(at, b.length - 4), 4).order(ByteOrder.BIG_ENDIAN).putInt(word);
                }
                case 3 -> b = Arrays.copyOf(b, at);
                default -> {
                    byte[] inserted = in.consumeBytes(in.consumeInt(1, 16));
                    byte[] longer = new byte[b.length + inserted.length];
                    System.arraycopy(b, 0, longer, 0, at);
                    System.arraycopy(inserted, 0, longer, at, inserted.length);
                    System.arraycopy(b, at, longer, at + inserted.length, b.length - at);
                    b = longer;
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    /** The RAM section's bytes: after its name and its length, which is RAM's size. */
    private static int ramStart(byte[] state, int size) {
        byte[] head = ByteBuffer.allocate(9).put(new byte[] {0, 3, 'r', 'a', 'm'}).putInt(size).array();
        for (int at = 0; at + head.length <= state.length; at++) {
            if (Arrays.equals(state, at, at + head.length, head, 0, head.length)) {
                return at + head.length;
            }
        }
        throw new IllegalStateException("no RAM section in the state");
    }

    private static Machine machine() {
        Machine m = new Machine(OutputStream.nullOutputStream(), 1);
        m.load(PROGRAM);
        return m;
    }

    /** Cells programmed (neuron 0's positive column), a low threshold, outputs enabled, spikes queued, a DMA chain and a timer set, three timesteps started. */
    private static ElfImage program() {
        Rv32Program p = new Rv32Program();
        p.write("UART0", "THR", 0, 'x');
        for (int row = 0; row < 4; row++) {
            p.write("NPU_TILE", "WEIGHT", row * 64, 1);
            p.write("NPU", "IN_SPIKE", 0, row);
        }
        p.write("NPU_TILE", "THRESHOLD", 0, 2);
        p.write("NPU", "OUTPUT_ENABLE", 0, 1 << 15);
        p.write("NPU", "OUTPUT_ENABLE", 0, 1 << 15 | 1);
        p.write("NPU", "IRQ_ENABLE", 0, -1);
        p.write("CLINT", "MTIMECMP", 0, 5_000);
        p.store(Rv32Program.address("CLINT", "MTIMECMP", 0) + 4, 0, 4);
        int descriptor = Rv32Program.RAM + 0x1_0000;
        p.write("NPU", "RUN", 0, 3);
        p.store(descriptor, 0, 4);
        p.store(descriptor + 4, descriptor + 16, 4);
        p.store(descriptor + 8, 4, 4);
        p.store(descriptor + 16, 1, 4);
        p.write("NPU", "DMA_DESC", 0, descriptor);
        p.write("NPU", "DMA_CTRL", 0, 1);
        return p.build("snapshot");
    }
}
