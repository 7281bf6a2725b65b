package org.neuromtj.isa.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/** The core and its memory saved at one cycle and restored elsewhere run on exactly as the original. */
class CoreStateTest {
    private static final int BASE = 0x80000000;
    private static final Bus NO_DEVICES = new Bus() {
        @Override
        public int load(int address, int size) {
            throw BusFault.INSTANCE;
        }

        @Override
        public void store(int address, int size, int value) {
            throw BusFault.INSTANCE;
        }
    };

    private record Core(Ram ram, Hart hart) {
    }

    /** A loop that keeps a running sum, its square and a counter in memory and registers. */
    private static Core boot() {
        Ram ram = new Ram(BASE, 64 * 1024);
        int[] program = {
            Encoder.encode(Op.LUI, 1, 0, 0, BASE + 0x2000),
            Encoder.encode(Op.ADDI, 2, 2, 0, 3),
            Encoder.encode(Op.MUL, 3, 2, 2, 0),
            Encoder.encode(Op.SW, 0, 1, 2, 0),
            Encoder.encode(Op.SW, 0, 1, 3, 4),
            Encoder.encode(Op.CSRRS, 4, 0, 0, Csr.MCYCLE),
            Encoder.encode(Op.JAL, 0, 0, 0, -20)};
        ByteBuffer b = ByteBuffer.allocate(program.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.stream(program).forEach(b::putInt);
        ram.write(BASE, b.array(), 0, b.capacity());
        Hart hart = new Hart(ram, NO_DEVICES);
        hart.reset(BASE);
        return new Core(ram, hart);
    }

    private static byte[] save(Core c) {
        StateWriter out = new StateWriter();
        c.hart().save(out);
        c.ram().save(out);
        return out.toByteArray();
    }

    @Test
    void savedAtNAndRestoredItRunsToNPlusMAsTheOriginal() {
        for (long n : new long[] {1, 17, 1000, 4321}) {
            long m = 777;
            Core reference = boot();
            reference.hart().run(n + m);
            Core original = boot();
            original.hart().run(n);
            byte[] state = save(original);
            Core restored = boot();
            StateReader in = new StateReader(state);
            restored.hart().restore(in);
            restored.ram().restore(in);
            in.end();
            restored.hart().run(n + m);
            assertArrayEquals(save(reference), save(restored), "cut at " + n);
            assertEquals(reference.hart().csr(Csr.MCYCLE), restored.hart().csr(Csr.MCYCLE));
        }
    }

    @Test
    void aTruncatedOrMisorderedStateIsRefusedByName() {
        byte[] state = save(boot());
        Core c = boot();
        StateException e = assertThrows(StateException.class, () -> c.hart().restore(
                new StateReader(Arrays.copyOf(state, 40))));
        assertTrue(e.getMessage().contains("the state ends inside x"), e.getMessage());
        StateWriter other = new StateWriter();
        c.ram().save(other);
        e = assertThrows(StateException.class, () -> c.hart().restore(new StateReader(other.toByteArray())));
        assertTrue(e.getMessage().contains("expected the state of hart"), e.getMessage());
        Ram small = new Ram(BASE, 1024);
        StateReader in = new StateReader(state);
        c.hart().restore(in);
        e = assertThrows(StateException.class, () -> small.restore(in));
        assertTrue(e.getMessage().contains("65536 elements saved, 1024 expected"), e.getMessage());
    }
}
