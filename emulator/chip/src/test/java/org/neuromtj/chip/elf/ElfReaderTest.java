package org.neuromtj.chip.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.TestElf;

class ElfReaderTest {
    private final ElfReader reader = ElfReader.forChip();

    private String problem(byte[] bytes) {
        ElfException e = assertThrows(ElfException.class, () -> reader.read("fw.elf", bytes));
        assertTrue(e.getMessage().startsWith("fw.elf: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void validImageLoads() throws Exception {
        ElfImage image = reader.read("fw.elf", TestElf.of(0x00000013, 0x0000006F).bytes());
        assertEquals(0x80000000, image.entry());
        assertEquals(1, image.segments().size());
        assertEquals(8, image.segments().get(0).data().length);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        ElfException e = assertThrows(ElfException.class, () -> reader.read(dir.resolve("nope.elf")));
        assertEquals(dir.resolve("nope.elf") + ": no such file", e.getMessage());
    }

    @Test
    void emptyAndNonElfFiles(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.elf"), new byte[0]);
        assertTrue(assertThrows(ElfException.class, () -> reader.read(empty)).getMessage().endsWith("not an ELF file"));
        assertTrue(problem("#!/bin/sh\necho hi\n".getBytes()).endsWith("not an ELF file"));
    }

    @Test
    void truncatedFiles() {
        byte[] whole = TestElf.of(0x00000013, 0x0000006F).bytes();
        assertTrue(problem(Arrays.copyOf(whole, 30)).contains("truncated ELF header"));
        assertTrue(problem(Arrays.copyOf(whole, whole.length - 4)).contains("truncated: segment 0"));
    }

    @Test
    void otherClassesAndMachines() {
        assertTrue(problem(TestElf.of(0x13).elfClass(2).bytes()).contains("64-bit ELF"));
        assertEquals("fw.elf: built for ARM, not RISC-V", problem(TestElf.of(0x13).machine(40).bytes()));
        assertTrue(problem(TestElf.of(0x13).flags(1).bytes()).contains("compressed instructions"));
        assertTrue(problem(TestElf.of(0x13).flags(4).bytes()).contains("hard-float"));
    }

    @Test
    void segmentsAndEntryMustLieInRam() {
        assertTrue(problem(TestElf.of(0x13).loadAddress(0x1000).entry(0x1000).bytes())
                .contains("segment 0 at 0x1000 (4 bytes) lies outside RAM 0x80000000-0x80ffffff"));
        assertTrue(problem(TestElf.of(0x13).loadAddress(0x80FFFFFE).bytes()).contains("lies outside RAM"));
        assertTrue(problem(TestElf.of(0x13).entry(0x20000000).bytes())
                .contains("entry point 0x20000000 is outside RAM"));
    }
}
