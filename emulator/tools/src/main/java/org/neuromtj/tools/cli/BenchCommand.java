package org.neuromtj.tools.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.neuromtj.bench.Jmh;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj bench}: speed measurements, each side by side with a reference in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures simulator speed.",
        subcommands = {BenchCommand.Core.class, TileBench.class, NpuBench.class, SnnBench.class})
final class BenchCommand {

    /** Control core speed against QEMU on the same firmware. */
    @Command(name = "core", mixinStandardHelpOptions = true,
            description = {"Runs two kernels (bench-core: loops; bench-calls: branches, calls and indirect jumps) on",
                "NeuroMTJ (after a JIT warm-up; translating hot code, and with the interpreter alone) and on QEMU",
                "(-cpu rv32,c=false, as the differential tests run it), alternating; QEMU's start-up is measured apart,",
                "on hello. Prints the best wall times, MIPS and the ratios; fails if QEMU's output differs from ours."})
    static final class Core implements Callable<Integer> {
        private static final long MAX_CYCLES = 1L << 40;

        @Option(names = "--elf", paramLabel = "FILE", split = ",",
                defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/bench-core.elf,"
                        + "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/bench-calls.elf",
                description = "Benchmark firmware, comma-separated (default bench-core and bench-calls).")
        private List<Path> elves;

        @Option(names = "--start-up-elf", paramLabel = "FILE",
                defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/hello.elf",
                description = "Firmware whose whole QEMU process stands for QEMU's start-up (default hello).")
        private Path startUpElf;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs per simulator.")
        private int runs;

        @Option(names = "--qemu", paramLabel = "CMD", defaultValue = "qemu-system-riscv32",
                description = "QEMU binary (default ${DEFAULT-VALUE}).")
        private String qemu;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (runs <= 0) {
                throw new UsageFailure("--runs must be positive, not " + runs, UsageFailure.BAD_INPUT);
            }
            double[] startUps = new double[runs];
            for (int i = 0; i < runs; i++) {
                startUps[i] = runQemu(startUpElf).seconds;
            }
            double startUp = Arrays.stream(startUps).min().orElseThrow();
            System.out.printf("bench core: QEMU's start-up (whole process on %s, best of %d): %.3f s%n",
                    startUpElf.getFileName(), runs, startUp);
            boolean same = true;
            for (Path elf : elves) {
                same &= kernel(elf, startUp);
            }
            if (!same) {
                System.out.println("FAIL: QEMU's UART output differs from NeuroMTJ's (above)");
                return 1;
            }
            return 0;
        }

        /** Measures one kernel; returns whether QEMU printed what we did. */
        private boolean kernel(Path elf, double startUp) throws IOException, InterruptedException {
            ElfImage image = RunCommand.readFirmware(elf, " (build it with ./neuromtj test or mvn package)");
            Timed warmUp = runOurs(image, true);
            runOurs(image, false);
            double[] ours = new double[runs];
            double[] interpreted = new double[runs];
            double[] theirs = new double[runs];
            String qemuOutput = "";
            for (int i = 0; i < runs; i++) {
                ours[i] = runOurs(image, true).seconds;
                interpreted[i] = runOurs(image, false).seconds;
                QemuRun q = runQemu(elf);
                theirs[i] = q.seconds;
                qemuOutput = q.output;
            }
            double bestOurs = Arrays.stream(ours).min().orElseThrow();
            double bestInterpreted = Arrays.stream(interpreted).min().orElseThrow();
            double bestQemu = Arrays.stream(theirs).min().orElseThrow();
            double qemuRun = Math.max(bestQemu - startUp, 1e-6);
            long n = warmUp.result.instret();
            System.out.printf("%n%s: %,d instructions, %,d cycles, exit %d%n", elf.getFileName(), n,
                    warmUp.result.cycles(), warmUp.result.exitStatus());
            System.out.printf("  neuromtj, translating:     %.3f s (best of %d after a warm-up), %.1f MIPS%n",
                    bestOurs, runs, n / bestOurs / 1e6);
            System.out.printf("  neuromtj, interpreter:     %.3f s, %.1f MIPS%n", bestInterpreted,
                    n / bestInterpreted / 1e6);
            System.out.printf("  qemu:                      %.3f s whole process, %.3f s without its start-up, %.1f MIPS%n",
                    bestQemu, qemuRun, n / qemuRun / 1e6);
            System.out.printf("  speed against qemu (its time without start-up / ours): %.3f; with its start-up: %.3f%n",
                    qemuRun / bestOurs, bestQemu / bestOurs);
            System.out.printf("  speed-up from translation (interpreter's time / ours): %.2fx%n", bestInterpreted / bestOurs);
            boolean same = qemuOutput.equals(warmUp.output);
            if (!same) {
                System.out.printf("  NeuroMTJ printed:%n%s  QEMU printed:%n%s", warmUp.output, qemuOutput);
            }
            return same;
        }

        private record Timed(RunResult result, double seconds, String output) {
        }

        private record QemuRun(double seconds, String output) {
        }

        private static Timed runOurs(ElfImage image, boolean translate) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            Machine machine = new Machine(console, 1);
            machine.hart().setTranslation(translate);
            machine.load(image);
            long start = System.nanoTime();
            RunResult result = machine.run(MAX_CYCLES);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.outcome() != Outcome.EXITED) {
                throw new UsageFailure("bench firmware did not exit: " + result.outcome(), 1);
            }
            return new Timed(result, seconds, console.toString(StandardCharsets.UTF_8));
        }

        private QemuRun runQemu(Path elf) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(qemu, "-M", "virt", "-cpu", "rv32,c=false", "-bios", "none",
                    "-nographic", "-kernel", elf.toString()));
            long start = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new UsageFailure("cannot start " + qemu + " (install qemu-system-misc: ./neuromtj setup): "
                        + e.getMessage(), UsageFailure.BAD_INPUT);
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new UsageFailure(qemu + " did not finish within 10 minutes", 1);
            }
            return new QemuRun((System.nanoTime() - start) / 1e9, new String(out, StandardCharsets.UTF_8));
        }
    }

    /**
     * Runs one of our JMH benchmarks for a bench subcommand.
     *
     * @param benchmark the benchmark class
     * @param seconds   the user's --seconds
     * @return each parameter combination's score
     * @throws UsageFailure if --seconds is not positive
     * @throws RunnerException if JMH fails
     */
    static List<Jmh.Score> runJmh(Class<?> benchmark, int seconds) throws RunnerException {
        if (seconds <= 0) {
            throw new UsageFailure("--seconds must be positive, not " + seconds, UsageFailure.BAD_INPUT);
        }
        return Jmh.run(benchmark, seconds);
    }
}
