package org.neuromtj.chip.npu.control;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Moves spike words between RAM and the NPU's FIFOs along a chain of descriptors (next, buffer,
 * control, done count; 16 bytes each), one word a cycle. The whole chain moves at once and the engine
 * stays busy until the cycle the words add up to; a descriptor or buffer outside RAM, or misaligned,
 * stops the chain with an error, and so does a next pointer back to a descriptor of the same chain: moved at
 * once, a ring of descriptors would never end.
 */
final class SpikeDma {
    private static final int DESCRIPTOR_BYTES = 16;

    private final Npu npu;
    private final EventQueue events;
    private final LongSupplier now;
    private final Ram ram;
    private final NpuStatus status;
    private final IntSupplier takeOutput;
    private final Ledger ledger;
    private boolean busy;
    private boolean error;
    /** The descriptors the chain being started has moved, kept from chain to chain rather than made anew. */
    private final Set<Integer> visited = new HashSet<>();
    /** The cycle of the pending end-of-chain event, or −1: a snapshot re-schedules it. */
    private long doneAt = -1;

    /**
     * @param takeOutput takes the oldest visible output spike as an OUT_SPIKE word (0 when none)
     * @param ledger     the SoC's ledger, where the engine's words and RAM accesses are counted
     */
    SpikeDma(Npu npu, EventQueue events, LongSupplier now, Ram ram, NpuStatus status, IntSupplier takeOutput,
             Ledger ledger) {
        this.ledger = ledger;
        this.npu = npu;
        this.events = events;
        this.now = now;
        this.ram = ram;
        this.status = status;
        this.takeOutput = takeOutput;
    }

    /** @return the DMA_STATUS word */
    int statusWord() {
        return (busy ? ChipRegisters.Npu.DMA_STATUS_BUSY : 0) | (error ? ChipRegisters.Npu.DMA_STATUS_ERROR : 0);
    }

    /** Forgets the end-of-chain event; the chain's state stays, as the registers show it. */
    void reset() {
        doneAt = -1;
    }

    /** @param descriptor the RAM address of the first descriptor; ignored while a chain is moving */
    void start(int descriptor) {
        if (busy) {
            return;
        }
        busy = true;
        error = false;
        long cycle = now.getAsLong();
        long words = 0;
        visited.clear();
        while (descriptor != 0) {
            if (!ram.contains(Integer.toUnsignedLong(descriptor), DESCRIPTOR_BYTES) || (descriptor & 3) != 0
                    || !visited.add(descriptor)) {
                error = true;
                break;
            }
            int next = ram.readWord(descriptor);
            int buffer = ram.readWord(descriptor + 4);
            int control = ram.readWord(descriptor + 8);
            ledger.add(Action.RAM_READ, 3);
            int count = control & 0x7FFFFFFF;
            boolean toNpu = control >>> 31 == ChipRegisters.Npu.DMA_TO_NPU;
            if (!ram.contains(Integer.toUnsignedLong(buffer), 4L * count) || (buffer & 3) != 0) {
                error = true;
                break;
            }
            int done = 0;
            for (; done < count; done++) {
                if (toNpu) {
                    int spike = ram.readWord(buffer + 4 * done);
                    if (!npu.pushInput(spike >>> ChipRegisters.Npu.IN_SPIKE_TILE_LSB,
                            spike & ChipRegisters.Npu.IN_SPIKE_ROW, cycle + words + done)) {
                        status.error(ChipRegisters.Npu.STATUS_INPUT_OVERFLOW);
                    }
                } else {
                    int spike = takeOutput.getAsInt();
                    if (spike == 0) {
                        break;
                    }
                    setWord(buffer + 4 * done, spike);
                }
            }
            setWord(descriptor + 12, done);
            // Each word read from RAM for the NPU or written to RAM from it, and the descriptor's done count.
            ledger.add(Action.DMA_WORD, done);
            ledger.add(toNpu ? Action.RAM_READ : Action.RAM_WRITE, done);
            ledger.add(Action.RAM_WRITE, 1);
            words += Math.max(1, done);
            descriptor = next;
        }
        if (error) {
            status.error(ChipRegisters.Npu.STATUS_DMA_ERROR);
        }
        scheduleDone(cycle + words);
    }

    private void scheduleDone(long done) {
        doneAt = done;
        events.schedule(done, () -> {
            doneAt = -1;
            busy = false;
            status.raise(ChipRegisters.Npu.IRQ_PENDING_DMA_DONE);
        });
    }

    private void setWord(int address, int value) {
        ram.write(address, new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)},
                0, 4);
    }

    void save(StateWriter out) {
        out.section("dma");
        out.section("busy");
        out.bool(busy);
        out.section("error");
        out.bool(error);
        out.section("done-at");
        out.i64(doneAt);
    }

    /** Restores what {@link #save} wrote and schedules the end of a moving chain again. */
    void restore(StateReader in) {
        in.section("dma");
        in.section("busy");
        busy = in.bool();
        in.section("error");
        error = in.bool();
        in.section("done-at");
        long done = in.i64();
        doneAt = -1;
        if (done >= 0) {
            scheduleDone(done);
        }
    }
}
