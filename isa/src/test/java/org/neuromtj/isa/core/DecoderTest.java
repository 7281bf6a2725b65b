package org.neuromtj.isa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DecoderTest {

    @Test
    void noTwoInstructionsShareAnEncoding() {
        for (Op a : Op.ALL) {
            for (Op b : Op.ALL) {
                if (a != b && a != Op.ILLEGAL && b != Op.ILLEGAL) {
                    int common = a.mask() & b.mask();
                    assertFalse((a.match() & common) == (b.match() & common),
                            a + " and " + b + " have overlapping encodings");
                }
            }
        }
    }

    @Test
    void eachMatchPatternDecodesToItsInstruction() {
        for (Op op : Op.ALL) {
            if (op != Op.ILLEGAL) {
                assertEquals(op, Decoder.decode(op.match()).op(), op.mnemonic());
            }
        }
    }

    @Test
    void knownWordsDecode() {
        Decoded addi = Decoder.decode(0xFFF50513); // addi a0,a0,-1
        assertEquals(Op.ADDI, addi.op());
        assertEquals(10, addi.rd());
        assertEquals(10, addi.rs1());
        assertEquals(-1, addi.imm());
        Decoded jal = Decoder.decode(0x0FC000EF); // jal ra,+252
        assertEquals(Op.JAL, jal.op());
        assertEquals(252, jal.imm());
        Decoded csr = Decoder.decode(0x30046073); // csrrsi zero,mstatus,8
        assertEquals(Op.CSRRSI, csr.op());
        assertEquals(Csr.MSTATUS, csr.imm());
        assertEquals(8, csr.rs1());
        assertEquals(Op.ILLEGAL, Decoder.decode(0).op());
        assertEquals(Op.ILLEGAL, Decoder.decode(0xFFFFFFFF).op());
        assertEquals(Op.ILLEGAL, Decoder.decode(0x08000033).op(), "funct7 0x04 is no RV32IM encoding");
    }

    @Property
    void decodingInvertsEncoding(@ForAll("ops") Op op, @ForAll @IntRange(max = 31) int rd,
                                 @ForAll @IntRange(max = 31) int rs1, @ForAll @IntRange(max = 31) int rs2,
                                 @ForAll int raw) {
        int imm = switch (op.format()) {
            case I, S -> (raw << 20) >> 20;
            case SHIFT -> raw & 31;
            case B -> ((raw << 19) >> 19) & ~1;
            case U -> raw & 0xFFFFF000;
            case J -> ((raw << 11) >> 11) & ~1;
            case CSR, CSRI -> raw & 0xFFF;
            case FENCE -> raw & 0xFF;
            case R, NONE -> 0;
        };
        int word = Encoder.encode(op, rd, rs1, rs2, imm);
        Decoded d = Decoder.decode(word);
        assertEquals(op, d.op());
        if (op.format() != Format.NONE && op.format() != Format.FENCE) {
            assertEquals(imm, d.imm());
        }
        if (op.format() == Format.R) {
            assertEquals(rd, d.rd());
            assertEquals(rs1, d.rs1());
            assertEquals(rs2, d.rs2());
        }
    }

    @Property
    void anyWordDecodesToAnInstructionThatMatchesIt(@ForAll int word) {
        Op op = Decoder.decode(word).op();
        assertTrue(op == Op.ILLEGAL || op.matches(word));
        if (op == Op.ILLEGAL) {
            assertTrue(Op.ALL.stream().noneMatch(o -> o.matches(word)));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Op> ops() {
        return net.jqwik.api.Arbitraries.of(Op.ALL.stream().filter(o -> o != Op.ILLEGAL).toList());
    }

    @Test
    void encoderRejectsOperandsThatDoNotFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Encoder.encode(Op.ADDI, 1, 1, 0, 4096));
        assertTrue(e.getMessage().contains("addi"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Op.BEQ, 0, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Op.ADD, 32, 1, 2, 0));
    }
}
