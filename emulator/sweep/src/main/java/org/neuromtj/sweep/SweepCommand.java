package org.neuromtj.sweep;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neuromtj.sweep.engine.PointResult;
import org.neuromtj.sweep.engine.Sweep;
import org.neuromtj.sweep.engine.SweepOutput;
import org.neuromtj.sweep.run.PointRunner;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./neuromtj sweep SPEC.yaml}: a design-space sweep on Spark, its results as CSV, Parquet and a report. */
@Command(name = "neuromtj sweep", mixinStandardHelpOptions = true, description = {
    "Runs every point of a sweep spec (parameters of the technology, tile and NPU files, a design) as real firmware"
        + " runs on the cycle model, split into (point, image shard) tasks on Apache Spark: embedded local[*] by"
        + " default, or --master spark://HOST:PORT for a cluster. Writes tasks.csv as tasks finish (a rerun skips"
        + " them), then points.csv, points.parquet, report.json and report.html with the Pareto front.",
    "Exit status: 0 done, 2 bad input (the spec, a point, the output folder, the master)."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC.yaml", description = "The sweep spec.")
    private Path spec;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "The Spark master (default local[*]: every core of this machine).")
    private String master;

    @Option(names = "--out", paramLabel = "DIR", description = "The results folder (default target/sweep/NAME).")
    private Path out;

    private final PrintStream stdout;
    private final PrintStream stderr;

    SweepCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("neuromtj.home", "."));
        try {
            SweepSpec s = SweepSpec.read(spec);
            Path folder = out != null ? out : home.resolve("target/sweep").resolve(s.name());
            List<PointResult> points = Sweep.run(s, folder, master, new PointRunner(home), stdout);
            SweepOutput.write(s, points, folder);
            stdout.println("sweep " + s.name() + ": " + points.size() + " points; results in " + folder);
            return 0;
        } catch (SpecException e) {
            stderr.println("neuromtj sweep: " + e.getMessage());
            return 2;
        }
    }

    /**
     * @param args the command line
     * @param stdout where progress and the summary go
     * @param stderr where errors go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CommandLine cli = new CommandLine(new SweepCommand(stdout, stderr));
        cli.setOut(new java.io.PrintWriter(stdout, true));
        cli.setErr(new java.io.PrintWriter(stderr, true));
        return cli.execute(args);
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
