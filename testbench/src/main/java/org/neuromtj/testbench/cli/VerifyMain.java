package org.neuromtj.testbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neuromtj.testbench.Regression;
import org.neuromtj.testbench.Testbench;
import org.neuromtj.testbench.Testbenches;
import org.neuromtj.testbench.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./neuromtj verify}: the testbenches' regression, per block, with a JSON and HTML report. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run the RTL testbenches: lockstep against the Java models with functional coverage,"
                + " and optionally the mutants each must kill.")
public final class VerifyMain implements Callable<Integer> {

    @Parameters(paramLabel = "BLOCK", arity = "0..*", description = "Blocks to verify (default: all).")
    private List<String> blocks = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds 1..N per block (default: each testbench's own).")
    private Integer seeds;

    @Option(names = "--seed", paramLabel = "S", description = "Run only seed S: replays a failure.")
    private Long seed;

    @Option(names = "--mutants", description = "Also run every mutant; each must be caught.")
    private boolean mutants;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "target/verify",
            description = "Where verify.json and verify.html go (default: ${DEFAULT-VALUE}).")
    private Path report;

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** @return the exit status: 0 when every block passed, 1 when one failed, 2 for a bad command line */
    public static int execute(String... args) {
        return new CommandLine(new VerifyMain()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<Testbench> chosen = new ArrayList<>();
        for (String b : blocks) {
            chosen.add(Testbenches.ALL.stream().filter(t -> t.name().equals(b)).findFirst().orElseThrow(() ->
                    new CommandLine.ParameterException(new CommandLine(this), "no testbench for block '" + b
                            + "' (blocks: " + String.join(", ", Testbenches.ALL.stream().map(Testbench::name).toList())
                            + ")")));
        }
        if (chosen.isEmpty()) {
            chosen.addAll(Testbenches.ALL);
        }
        if (seeds != null && seeds < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--seeds must be at least 1, not " + seeds);
        }
        PrintStream out = System.out;
        List<Regression.Result> results = new ArrayList<>();
        out.printf(Locale.ROOT, "%-14s %6s %6s %12s %14s %8s %8s%n", "block", "tests", "seeds", "cycles", "coverage",
                "mutants", "time");
        for (Testbench t : chosen) {
            List<Long> s = seed != null ? List.of(seed) : seeds != null ? range(seeds) : Regression.seeds(t);
            Regression.Result r = Regression.run(t, s, mutants, report.resolve("mismatches"));
            results.add(r);
            out.printf(Locale.ROOT, "%-14s %6d %6d %12d %8d/%-3d %5s %8s %7.1fs%n", r.block(), r.tests(),
                    r.seeds().size(), r.cycles(), r.coverage().covered(), r.coverage().bins().size(),
                    r.passed() ? "" : "FAIL", mutants ? r.killed() + "/" + r.mutants().size() : "-", r.seconds());
            r.failure().ifPresent(f -> out.println("  " + f.rtl() + ", seed " + f.seed() + ": " + f.what()
                    + "\n  replay: " + f.replay()));
            r.coverage().holes().forEach(h -> out.println("  hole: " + h.point() + " / " + h.bin()));
            r.mutants().stream().filter(m -> !m.killed()).forEach(m -> out.println("  survived: " + m.mutant().rtl()
                    + " (" + m.mutant().flaw() + ")"));
        }
        VerifyReport.write(results, report);
        out.println("report: " + report.resolve("verify.html"));
        return results.stream().allMatch(Regression.Result::passed) ? 0 : 1;
    }

    private static List<Long> range(int n) {
        List<Long> s = new ArrayList<>();
        for (long k = 1; k <= n; k++) {
            s.add(k);
        }
        return s;
    }
}
