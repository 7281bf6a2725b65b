package org.neuromtj.testbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlException;
import org.neuromtj.foundation.soak.Soak;
import org.neuromtj.testbench.Testbench;
import org.neuromtj.testbench.Testbenches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neuromtj soak rtl}: every RTL block opened through the bridge, run in lockstep with its Java model
 * on its testbench's stimulus, and closed, again and again in one process, watched for leaks round by
 * round: native buffers and Verilated models must go with each close.
 */
@Command(name = "rtl", mixinStandardHelpOptions = true,
        description = {"Opens every RTL block through the JNA bridge, runs it in lockstep with its Java model on a new",
            "seed of its testbench's stimulus, and closes it, again and again in one process; memory, threads and",
            "open files must stay flat after the first round, and every run agree with the model."})
public final class SoakRtlMain implements Callable<Integer> {

    @Option(names = "--opens", paramLabel = "N", defaultValue = "10000",
            description = "Open/run/close cycles of each block (default ${DEFAULT-VALUE}).")
    int opens;

    @Option(names = "--cycles", paramLabel = "C", defaultValue = "64",
            description = "Clock cycles each open runs (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "10",
            description = "Rounds the cycles are watched in (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--waveforms", paramLabel = "DIR", defaultValue = "${sys:java.io.tmpdir}/neuromtj-soak-rtl",
            description = "Where the waveform of a disagreement goes (default ${DEFAULT-VALUE}).")
    Path waveforms;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakRtlMain()).execute(args));
    }

    @Override
    public Integer call() {
        if (rounds < 2 || opens < rounds || cycles < 1) {
            System.err.println("neuromtj: --rounds must be at least 2, --opens at least --rounds and --cycles positive");
            return 2;
        }
        List<Testbench> benches = Testbenches.ALL;
        Soak soak = new Soak(System.out, "rtl: " + opens + " opens of each of " + benches.size() + " blocks, "
                + cycles + " cycles each, in " + rounds + " rounds");
        try {
            int done = 0;
            for (int r = 1; r <= rounds; r++) {
                for (int end = Soak.doneBy(r, rounds, opens); done < end; done++) {
                    for (Testbench bench : benches) {
                        Optional<Mismatch> m = bench.lockstep(bench.rtl()).run(cycles, done, waveforms);
                        if (m.isPresent()) {
                            System.err.println("neuromtj: " + bench.name() + ", open " + (done + 1) + ": " + m.get());
                            return 1;
                        }
                    }
                }
                soak.round(done + " opens", "every run agreed with its model");
            }
        } catch (RtlException e) {
            System.err.println("neuromtj: " + e.getMessage());
            return 2;
        }
        return soak.verdict();
    }
}
