package org.neuromtj.tools.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.Segment;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Firmware that writes anything to any register in any order: a coverage-guided fuzz target that turns its input
 * into an RV32 program ({@link Rv32Program}) of register reads and writes (every device's registers from the
 * register description, the NPU's DMA descriptors, routing tables, input maps, learning and write-driver registers
 * included, at any element of an array, in bytes, halves and words, some outside any register) with NPU timesteps
 * run between them, and boots it on a fresh machine. The input also lays a block of words in RAM that DMA chains
 * started by the program take as descriptors and buffers (next pointers into the block, out of it, to
 * themselves), and the files the host link offers, which the program copies to RAM through the host's DMA window.
 * The property: the run ends as a run may (exit, trap, cycle budget, asleep) with no Java exception, and the
 * whole chip's state saves, restores into a fresh machine and saves again to the same bytes.
 */
class RegisterFuzzTest {
    private static final long MAX_CYCLES = 400_000;
    private static final int MAX_OPERATIONS = 64;
    /** The block of words the input lays in RAM for DMA descriptors, buffers and host copies. */
    private static final int BLOCK = Rv32Program.RAM + 0x1_0000;
    private static final int BLOCK_WORDS = 64;
    private static final int MAX_FILE_BYTES = 256;

    @FuzzTest(maxDuration = "10s")
    void registers(FuzzedDataProvider in) {
        List<byte[]> files = new ArrayList<>();
        for (int k = in.consumeInt(0, 2); k > 0; k--) {
            files.add(in.consumeBytes(in.consumeInt(0, MAX_FILE_BYTES)));
        }
        ElfImage program = program(in);
        Machine machine = new Machine(OutputStream.nullOutputStream(), 1);
        machine.load(program);
        machine.host().offer(files);
        RunResult r = machine.run(MAX_CYCLES);
        assertNotEquals(null, r.outcome());
        if (r.outcome() == Outcome.EXITED && machine.hart().halted().isEmpty()) {
            return;
        }
        StateWriter saved = new StateWriter();
        machine.save(saved);
        Machine again = new Machine(OutputStream.nullOutputStream(), 1);
        again.load(program);
        again.host().offer(files);
        again.restore(new StateReader(saved.toByteArray()));
        StateWriter resaved = new StateWriter();
        again.save(resaved);
        assertArrayEquals(saved.toByteArray(), resaved.toByteArray(), "the chip's state restores whole");
    }

    /** The program: the input's accesses; the block. */
    private static ElfImage program(FuzzedDataProvider in) {
        ByteBuffer block = ByteBuffer.allocate(4 * BLOCK_WORDS).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < BLOCK_WORDS; k++) {
            block.putInt(blockWord(in));
        }
        Rv32Program p = new Rv32Program();
        List<Device> devices = Rv32Program.MAP.devices();
        int operations = in.consumeInt(0, MAX_OPERATIONS);
        for (int k = 0; k < operations && in.remainingBytes() > 0; k++) {
            Device d = devices.get(in.consumeInt(0, devices.size() - 1));
            long offset;
            int size;
            if (d.registers().isEmpty() || in.consumeInt(0, 15) == 0) {
                offset = in.consumeLong(0, d.size() - 1);
                size = 1 << in.consumeInt(0, 2);
            } else {
                Register reg = d.registers().get(in.consumeInt(0, d.registers().size() - 1));
                offset = reg.offset() + (long) in.consumeInt(0, reg.count() - 1) * reg.stride();
                size = in.consumeInt(0, 7) == 0 ? 1 << in.consumeInt(0, 1) : reg.bytes();
            }
            int address = (int) (d.base() + offset);
            switch (in.consumeInt(0, 5)) {
                case 0 -> p.load(address, size);
                case 1, 2 -> p.store(address, in.consumeInt(), size);
                case 3 -> p.runTimesteps(in.consumeInt(1, 4));
                case 4 -> {
                    p.write("NPU", "DMA_DESC", 0, blockAddress(in));
                    p.write("NPU", "DMA_CTRL", 0, 1);
                }
                default -> {
                    p.write("HOST", "FILE", 0, in.consumeInt(-1, 2));
                    p.write("HOST", "OFFSET", 0, in.consumeInt(0, MAX_FILE_BYTES));
                    p.write("HOST", "ADDRESS", 0, blockAddress(in));
                    p.write("HOST", "LENGTH", 0, in.consumeInt(0, MAX_FILE_BYTES));
                    p.write("HOST", "CTRL", 0, 1);
                }
            }
        }
        return p.build("fuzz", new Segment(BLOCK, block.array(), block.capacity()));
    }

    /** A word of the block: an address in it (a next pointer or buffer), a transfer's control word, 0 or any. */
    private static int blockWord(FuzzedDataProvider in) {
        return switch (in.consumeInt(0, 3)) {
            case 0 -> blockAddress(in);
            case 1 -> (in.consumeBoolean() ? 1 << 31 : 0) | in.consumeInt(0, BLOCK_WORDS);
            case 2 -> 0;
            default -> in.consumeInt();
        };
    }

    /** Mostly a word of the block, now and then anywhere: outside RAM, misaligned. */
    private static int blockAddress(FuzzedDataProvider in) {
        return in.consumeInt(0, 7) == 0 ? in.consumeInt() : BLOCK + 4 * in.consumeInt(0, BLOCK_WORDS - 1);
    }
}
