package org.neuromtj.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.isa.core.Encoder.encode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.TestElf;
import org.neuromtj.chip.npu.BlockImplementations;
import org.neuromtj.isa.core.Op;

/** The exit statuses and messages of {@code neuromtj run} for the ways a run can end. */
class RunCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String err) {
    }

    private Outcome run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new Outcome(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A misaligned load with no trap handler: performed by default, a trap (exit 4) under --misaligned trap. */
    @Test
    void misalignedAccessesArePerformedOrTrapAsAsked() throws Exception {
        Path elf = write("misaligned.elf", TestElf.of(encode(Op.LUI, 1, 0, 0, 0x80000000), encode(Op.LW, 2, 1, 0, 1),
                encode(Op.JAL, 0, 0, 0, 0)).bytes());
        assertEquals(3, run("run", "--max-cycles", "1000", elf.toString()).status());
        Outcome trapped = run("run", "--max-cycles", "1000", "--misaligned", "trap", elf.toString());
        assertEquals(4, trapped.status(), trapped.err());
        Outcome bad = run("run", "--misaligned", "sideways", elf.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--misaligned must be perform or trap, not sideways"), bad.err());
    }

    @Test
    void nvmStatesAreWrittenAfterARunAndACorruptFileIsRefused() throws Exception {
        Path elf = write("spin.elf", TestElf.of(encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Path nvm = dir.resolve("chip.nvm");
        Outcome first = run("run", "--max-cycles", "1000", "--nvm", nvm.toString(), elf.toString());
        assertEquals(3, first.status(), first.err());
        assertTrue(Files.size(nvm) > 4 * 64 * 64, "every tile's cells were written");
        Outcome second = run("run", "--max-cycles", "1000", "--nvm", nvm.toString(), elf.toString());
        assertEquals(3, second.status(), "the file loads: " + second.err());
        Files.write(nvm, java.util.Arrays.copyOf(Files.readAllBytes(nvm), 100));
        Outcome corrupt = run("run", "--max-cycles", "1000", "--nvm", nvm.toString(), elf.toString());
        assertEquals(2, corrupt.status());
        assertTrue(corrupt.err().contains(nvm + ": checksum mismatch"), corrupt.err());
        Outcome other = run("run", "--max-cycles", "1000", "--seed", "9", "--nvm", dir.resolve("none").toString(),
                elf.toString());
        assertEquals(3, other.status(), "a missing file starts fresh");
    }

    @Test
    void aGdbPortOrAddressThatCannotBeUsedIsRefused() throws Exception {
        Path elf = write("spin.elf", TestElf.of(encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Outcome port = run("run", "--gdb", "70000", elf.toString());
        assertEquals(2, port.status());
        assertTrue(port.err().contains("--gdb: port 70000 is not 0-65535"), port.err());
        Outcome address = run("run", "--gdb", "0", "--gdb-address", "no-such-host.invalid", elf.toString());
        assertEquals(2, address.status());
        assertTrue(address.err().contains("--gdb-address: unknown address 'no-such-host.invalid'"), address.err());
    }

    @Test
    void badFilesExitWithStatus2AndOneLine() throws Exception {
        Path arm = write("arm.elf", TestElf.of(0x13).machine(40).bytes());
        for (Path file : new Path[] {dir.resolve("missing.elf"), write("text.elf", "hello".getBytes()), arm}) {
            Outcome o = run("run", file.toString());
            assertEquals(2, o.status(), o.err());
            assertTrue(o.err().startsWith("neuromtj: " + file + ": "), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
    }

    @Test
    void badOptionsAreRejected() throws Exception {
        Path fw = write("fw.elf", TestElf.of(encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Outcome negative = run("run", fw.toString(), "--max-cycles", "-5");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--max-cycles must be positive"), negative.err());
        Outcome notANumber = run("run", fw.toString(), "--seed", "abc");
        assertEquals(2, notANumber.status(), notANumber.err());
        assertTrue(notANumber.err().contains("--seed"), notANumber.err());
        Outcome badTrace = run("run", fw.toString(), "--trace", "foo");
        assertEquals(2, badTrace.status(), badTrace.err());
        Outcome noThreads = run("run", fw.toString(), "--threads", "0");
        assertEquals(2, noThreads.status(), noThreads.err());
        assertTrue(noThreads.err().contains("--threads must be at least 1, not 0"), noThreads.err());
    }

    @Test
    void rtlBlocksWithoutTheBridgeOnTheClassPathAreRefusedSayingHowToRun() {
        UsageFailure f = assertThrows(UsageFailure.class,
                () -> RunCommand.blocks(List.of("lif"), Optional.empty()));
        assertEquals(UsageFailure.BAD_INPUT, f.exitStatus());
        assertEquals("--rtl needs the co-simulation bridge (the neuromtj-cosim module) on the class path; run through"
                + " ./neuromtj, whose jar holds it", f.getMessage());
        assertSame(BlockImplementations.MODELS, RunCommand.blocks(List.of(), Optional.empty()));
    }

    @Test
    void badTechnologyOrTileFilesExitWithStatus2NamingFileAndKey() throws Exception {
        Path fw = write("fw.elf", TestElf.of(encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Path tile = write("tile.yaml", ("version: 1\nnpu_hz: 100000000\ncrossbar: {rows: 64, columns: 64, segment: 48}\n")
                .getBytes(StandardCharsets.UTF_8));
        Outcome o = run("run", fw.toString(), "--tile", tile.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("neuromtj: " + tile + ": crossbar.segment = 48 does not divide crossbar.rows = 64: must be a"
                + " divisor of the rows", o.err().strip());
        Path missing = dir.resolve("tech.yaml");
        Outcome m = run("run", fw.toString(), "--technology", missing.toString());
        assertEquals(2, m.status(), m.err());
        assertEquals("neuromtj: " + missing + ": no such file", m.err().strip());
    }

    @Test
    void cycleBudgetExitsWithStatus3() throws Exception {
        Path fw = write("spin.elf", TestElf.of(encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Outcome o = run("run", fw.toString(), "--max-cycles", "1000");
        assertEquals(3, o.status());
        assertTrue(o.err().contains("cycle budget of 1000 cycles"), o.err());
        assertTrue(o.err().contains("MIPS"), o.err());
    }

    @Test
    void unhandledTrapExitsWithStatus4NamingPcCauseAndTval() throws Exception {
        Path fw = write("trap.elf", TestElf.of(encode(Op.ADDI, 1, 0, 0, 5), encode(Op.LW, 2, 0, 0, 0)).bytes());
        Outcome o = run("run", fw.toString());
        assertEquals(4, o.status());
        assertTrue(o.err().contains("unhandled trap: load access fault (mcause 0x00000005) at pc 0x80000004,"
                + " mtval 0x00000000"), o.err());
    }

    @Test
    void traceListsEveryInstruction() throws Exception {
        Path fw = write("trace.elf", TestElf.of(encode(Op.ADDI, 10, 0, 0, 7), encode(Op.JAL, 0, 0, 0, 0)).bytes());
        Outcome o = run("run", fw.toString(), "--max-cycles", "5", "--trace", "insn");
        assertTrue(o.err().contains("80000000: 00700513  li\ta0,7"), o.err());
        assertTrue(o.err().contains("80000004: 0000006f  j\t80000004"), o.err());
    }
}
