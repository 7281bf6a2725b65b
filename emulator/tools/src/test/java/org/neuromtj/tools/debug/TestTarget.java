package org.neuromtj.tools.debug;

import static org.neuromtj.isa.core.Encoder.encode;

import java.io.ByteArrayOutputStream;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.TestElf;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.isa.core.Op;

/**
 * A small program to debug: stores 5 at 0x8000_1000, loads it back, counts x1 down to 0, and exits
 * through the test finisher.
 */
final class TestTarget {
    static final int STORE = 0x80000008;
    static final int LOAD = 0x8000000c;
    static final int LOOP = 0x80000010;
    static final int BRANCH = 0x80000014;
    static final int DATA = 0x80001000;

    private TestTarget() {
    }

    static Machine machine() throws Exception {
        Machine m = new Machine(new ByteArrayOutputStream(), 1);
        m.load(ElfReader.forChip().read("t.elf", TestElf.of(
                encode(Op.ADDI, 1, 0, 0, 5),
                encode(Op.LUI, 2, 0, 0, DATA),
                encode(Op.SW, 0, 2, 1, 0),
                encode(Op.LW, 3, 2, 0, 0),
                encode(Op.ADDI, 1, 1, 0, -1),
                encode(Op.BNE, 0, 1, 0, -4),
                encode(Op.LUI, 4, 0, 0, (int) ChipRegisters.Finisher.BASE),
                encode(Op.LUI, 5, 0, 0, 0x5000),
                encode(Op.ADDI, 5, 5, 0, 0x555),
                encode(Op.SW, 0, 4, 5, 0),
                encode(Op.JAL, 0, 0, 0, 0)).bytes()));
        return m;
    }
}
