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
            description = {"Runs the bench-core firmware on NeuroMTJ (after a JIT warm-up) and on QEMU, several",
                "times each, alternating, and prints the best wall times, both MIPS figures and their ratio."})
    static final class Core implements Callable<Integer> {
        private static final long MAX_CYCLES = 1L << 40;

        @Option(names = "--elf", paramLabel = "FILE", defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/bench-core.elf",
                description = "Benchmark firmware (default ${DEFAULT-VALUE}).")
        private Path elf;

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
            ElfImage image = RunCommand.readFirmware(elf, " (build it with ./neuromtj test or mvn package)");
            Timed warmUp = runOurs(image);
            System.out.printf("bench core: %s, %,d instructions, %,d cycles, exit %d%n", elf,
                    warmUp.result.instret(), warmUp.result.cycles(), warmUp.result.exitStatus());
            double[] ours = new double[runs];
            double[] theirs = new double[runs];
            String qemuOutput = "";
            for (int i = 0; i < runs; i++) {
                ours[i] = runOurs(image).seconds;
                QemuRun q = runQemu();
                theirs[i] = q.seconds;
                qemuOutput = q.output;
            }
            if (!qemuOutput.equals(warmUp.output)) {
                System.out.println("WARNING: QEMU's UART output differs from NeuroMTJ's");
            }
            double bestOurs = Arrays.stream(ours).min().orElseThrow();
            double bestQemu = Arrays.stream(theirs).min().orElseThrow();
            long n = warmUp.result.instret();
            System.out.printf("  neuromtj: %.3f s wall (best of %d after 1 warm-up), %.1f MIPS%n",
                    bestOurs, runs, n / bestOurs / 1e6);
            System.out.printf("  qemu:     %.3f s wall (best of %d, whole process incl. start-up), %.1f MIPS%n",
                    bestQemu, runs, n / bestQemu / 1e6);
            System.out.printf("  ratio:    neuromtj takes %.2fx the wall time of qemu (speed ratio %.3f)%n",
                    bestOurs / bestQemu, bestQemu / bestOurs);
            System.out.printf("  target:   >= 100 MIPS: %s%n", n / bestOurs / 1e6 >= 100 ? "met" : "NOT met");
            return 0;
        }

        private record Timed(RunResult result, double seconds, String output) {
        }

        private record QemuRun(double seconds, String output) {
        }

        private static Timed runOurs(ElfImage image) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            Machine machine = new Machine(console, 1);
            machine.load(image);
            long start = System.nanoTime();
            RunResult result = machine.run(MAX_CYCLES);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.outcome() != Outcome.EXITED) {
                throw new UsageFailure("bench firmware did not exit: " + result.outcome(), 1);
            }
            return new Timed(result, seconds, console.toString(StandardCharsets.UTF_8));
        }

        private QemuRun runQemu() throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(qemu, "-M", "virt", "-bios", "none", "-nographic",
                    "-kernel", elf.toString()));
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
