package org.neuromtj.testbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neuromtj.cosim.BridgeBenchmark;
import org.neuromtj.cosim.RtlException;
import org.neuromtj.cosim.lif.LifPorts;
import org.neuromtj.testbench.lif.LifStimulus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj bench cosim}: the bridge against the native harness, side by side in one run. */
@Command(name = "cosim", mixinStandardHelpOptions = true,
        description = {"Drives the LIF array's RTL with its testbench's random stimulus through the JNA bridge and through",
            "the native C++ harness, alternating, and prints the median cycles per second of each and their ratio."})
public final class BenchCosimMain implements Callable<Integer> {

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "2000000",
            description = "Cycles per repetition (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "5",
            description = "Repetitions of each side (default ${DEFAULT-VALUE}).")
    int repeats;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCosimMain()).execute(args));
    }

    @Override
    public Integer call() {
        if (cycles <= 0 || repeats <= 0) {
            System.err.println("neuromtj: --cycles and --repeats must be positive");
            return 2;
        }
        try {
            int[] stimulus = new int[cycles * LifPorts.INPUTS.size()];
            LifStimulus.of(1).next(cycles, stimulus);
            Path harness = Path.of(System.getProperty("neuromtj.rtl.library", "libnmtj_rtl.so")).toAbsolutePath()
                    .resolveSibling("harness");
            BridgeBenchmark.Result r = BridgeBenchmark.run("lif", LifPorts.INPUTS, LifPorts.OUTPUTS, stimulus, cycles,
                    repeats, harness);
            System.out.printf("bench cosim: block %s, %d random cycles, median of %d alternating runs%n", r.block(),
                    r.cycles(), repeats);
            System.out.printf("  through the JNA bridge   %12.0f cycles/s%n", r.bridgeHz());
            System.out.printf("  native C++ harness       %12.0f cycles/s%n", r.nativeHz());
            System.out.printf("  bridge / native          %12.2f   (target: at least 0.50)%n", r.ratio());
            return 0;
        } catch (RtlException e) {
            System.err.println("neuromtj: " + e.getMessage());
            return 2;
        }
    }
}
