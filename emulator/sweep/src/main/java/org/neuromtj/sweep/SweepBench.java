package org.neuromtj.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neuromtj.sweep.engine.Sweep;
import org.neuromtj.sweep.run.PointRunner;
import org.neuromtj.sweep.run.Task;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * {@code ./neuromtj bench sweep [SPEC.yaml]}: how a sweep scales, measured side by side in one process. The same
 * tasks run in a plain loop, on Spark with one core and with two, in rounds that alternate the three so that
 * a shared machine's noise falls on each alike; it prints each round's wall times, the ratio of one core to two,
 * and Spark's overhead a task against the plain loop.
 */
public final class SweepBench {
    private static final int ROUNDS = 2;

    private SweepBench() {
    }

    /** @param args the spec (default: the example sweep) */
    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("neuromtj.home", "."));
        Path file = args.length > 0 ? Path.of(args[0]) : home.resolve("emulator/sweep/example-sweep.yaml");
        PrintStream out = System.out;
        try {
            SweepSpec spec = SweepSpec.read(file);
            PointRunner runner = new PointRunner(home);
            List<Map<String, Object>> points = spec.points();
            int tasks = points.size() * spec.shards();
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            out.printf(Locale.ROOT, "bench sweep %s: %d points, %d tasks of %d images, %d rounds%n", spec.name(),
                    points.size(), tasks, spec.shard(), ROUNDS);
            out.println("round | plain loop, s | Spark local[1], s | Spark local[2], s | local[1] / local[2] |"
                    + " Spark overhead a task, ms");
            for (int round = 1; round <= ROUNDS; round++) {
                long t0 = System.nanoTime();
                for (int p = 0; p < points.size(); p++) {
                    for (int s = 0; s < spec.shards(); s++) {
                        runner.run(spec, new Task(p, s), points.get(p));
                    }
                }
                double plain = (System.nanoTime() - t0) / 1e9;
                double one = timed(spec, runner, "local[1]", quiet);
                double two = timed(spec, runner, "local[2]", quiet);
                out.printf(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.2f | %.0f%n", round, plain, one, two, one / two,
                        (one - plain) / tasks * 1e3);
            }
        } catch (SpecException e) {
            System.err.println("neuromtj bench sweep: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The wall time of the whole sweep on a master, into a folder of its own (so nothing is skipped). */
    private static double timed(SweepSpec spec, PointRunner runner, String master, PrintStream quiet)
            throws IOException {
        Path out = Files.createTempDirectory("neuromtj-bench-sweep");
        try {
            long t0 = System.nanoTime();
            Sweep.run(spec, out.resolve("results"), master, runner, quiet);
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(f);
                }
            }
        }
    }
}
