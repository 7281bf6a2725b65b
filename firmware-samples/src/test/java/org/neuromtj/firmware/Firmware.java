package org.neuromtj.firmware;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.sim.RunResult;

/** The built firmware samples and ways to run them, on NeuroMTJ and on QEMU. */
final class Firmware {
    static final long MAX_CYCLES = 20_000_000_000L;
    /** Samples that touch nothing QEMU's virt machine lacks. */
    static final List<String> CONTROL_ONLY = List.of("bench-calls", "bench-core", "hello", "selftest", "timer-irq");
    /** Samples that need files from the host, run by their own tests. */
    static final List<String> HOSTED = List.of("fmnist", "fmnist-mmio", "stdp-fmnist", "hebbian", "hopfield-oja",
        "nir-run");

    /** What a run printed and how it ended. */
    record Run(String uart, int exitStatus) {
    }

    private Firmware() {
    }

    static Path directory() {
        String dir = System.getProperty("neuromtj.firmware");
        if (dir == null) {
            throw new IllegalStateException("system property neuromtj.firmware is not set (run through Maven)");
        }
        return Path.of(dir);
    }

    static Path elf(String sample) {
        return directory().resolve(sample + ".elf");
    }

    static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".elf"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static ElfImage image(String sample) throws ElfException {
        return ElfReader.forChip().read(elf(sample));
    }

    static Run onNeuroMtj(String sample) throws ElfException {
        return onNeuroMtj(sample, 1);
    }

    /** Runs a sample on a chip whose stochastic components are seeded with {@code seed}. */
    static Run onNeuroMtj(String sample, long seed) throws ElfException {
        return onNeuroMtj(elf(sample), seed);
    }

    /** Runs any firmware file on a chip whose stochastic components are seeded with {@code seed}. */
    static Run onNeuroMtj(Path firmware, long seed) throws ElfException {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, seed);
        machine.load(ElfReader.forChip().read(firmware));
        RunResult result = machine.run(MAX_CYCLES);
        return new Run(uart.toString(StandardCharsets.UTF_8), result.exitStatus());
    }

    /**
     * Runs a sample with hot code translated or with the interpreter alone.
     *
     * @return what it printed, its exit status, cycles and instructions retired
     */
    static String counted(String sample, boolean translate) throws ElfException {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, 1);
        machine.hart().setTranslation(translate);
        machine.load(image(sample));
        RunResult result = machine.run(MAX_CYCLES);
        return uart.toString(StandardCharsets.UTF_8) + "\nexit " + result.exitStatus() + ", " + result.cycles()
                + " cycles, " + result.instret() + " instructions";
    }

    /**
     * Runs QEMU's virt machine with the compressed extension off, so that it, like the control core,
     * traps on jumps to 2-byte-aligned targets.
     */
    static Run onQemu(String sample) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("qemu-system-riscv32", "-M", "virt", "-cpu", "rv32,c=false", "-bios", "none",
                "-nographic", "-kernel", elf(sample).toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("QEMU did not finish " + sample);
        }
        return new Run(new String(out, StandardCharsets.UTF_8), p.exitValue());
    }
}
