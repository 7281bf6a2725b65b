package org.neuromtj.tools.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.neuromtj.bench.Jmh;
import org.neuromtj.bench.RandomRead;
import org.neuromtj.bench.StringEvaluationBenchmark;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj bench tile}: the string evaluation kernel's speed, and the count error it gives. */
@Command(name = "tile", mixinStandardHelpOptions = true,
        description = {"Runs the JMH string-evaluation benchmark (64x64 and 1024x256 arrays, ideal and default",
            "devices, three spike densities) and prints cell evaluations per second, how the cost grows",
            "with array size and density, and the count error distribution of the default tile."})
final class TileBench implements Callable<Integer> {
    private static final double TARGET_CELLS_PER_SECOND = 250e6;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "1",
            description = "Length of each warm-up and measurement iteration (default ${DEFAULT-VALUE}).")
    private int seconds;

    @Override
    public Integer call() throws RunnerException {
        List<Jmh.Score> results = BenchCommand.runJmh(StringEvaluationBenchmark.class, seconds);
        Map<String, Double> cellsPerSecond = new LinkedHashMap<>();
        System.out.println();
        System.out.println("bench tile: string evaluation kernel, one core");
        System.out.printf("  %-9s %-8s %7s %14s %16s%n", "array", "devices", "density", "reads/s", "cell evals/s");
        for (Jmh.Score r : results) {
            Map<String, String> p = r.params();
            StringEvaluationBenchmark b = new StringEvaluationBenchmark();
            b.shape = p.get("shape");
            b.devices = p.get("devices");
            b.density = Double.parseDouble(p.get("density"));
            b.setUp();
            double reads = r.opsPerSecond();
            double cells = reads * b.cellsPerRead;
            cellsPerSecond.put(b.shape + "/" + b.devices + "/" + p.get("density"), cells);
            System.out.printf("  %-9s %-8s %7s %14.3e %16.3e%n", b.shape, b.devices, p.get("density"), reads, cells);
        }
        System.out.println("  cost ratios (time per read):");
        for (String devices : new String[] {"ideal", "default"}) {
            double small = timePerRead("64x64", devices, "1.0", cellsPerSecond, 64L * 64);
            double large = timePerRead("1024x256", devices, "1.0", cellsPerSecond, 1024L * 256);
            double sparse = timePerRead("1024x256", devices, "0.05", cellsPerSecond, Math.round(1024 * 0.05) * 256L);
            System.out.printf("    %-7s 1024x256 / 64x64 at density 1: %.1fx (cells: %.0fx); "
                    + "density 1 / 0.05 on 1024x256: %.1fx%n", devices, large / small, 1024.0 * 256 / 4096,
                    large / sparse);
        }
        double worst = cellsPerSecond.entrySet().stream().filter(e -> e.getKey().contains("/default/"))
                .mapToDouble(Map.Entry::getValue).min().orElse(0);
        System.out.printf("  target: >= %.0f M cell evals/s per core with variation on: slowest %.0f M, %s%n",
                TARGET_CELLS_PER_SECOND / 1e6, worst / 1e6, worst >= TARGET_CELLS_PER_SECOND ? "met" : "NOT met");
        printCountErrors();
        return 0;
    }

    private static double timePerRead(String shape, String devices, String density, Map<String, Double> cps,
                                      long cellsPerRead) {
        return cellsPerRead / cps.getOrDefault(shape + "/" + devices + "/" + density, Double.NaN);
    }

    /** The decoded count minus the true one over random weights and inputs, default tile and devices. */
    private static void printCountErrors() {
        TileConfig config = TileConfig.defaults();
        Technology tech = Technology.defaults();
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        double sum2 = 0;
        int n = 0;
        for (int trial = 0; trial < 50; trial++) {
            RandomRead read = RandomRead.of("tile" + trial, config, tech, trial);
            for (int c = 0; c < config.geometry().columns(); c++) {
                int err = read.tile().calibration().decoder().count(c, read.conversion().codes()[c], read.count())
                        - read.truth(c);
                histogram.merge(err, 1, Integer::sum);
                sum2 += err * (double) err;
                n++;
            }
        }
        System.out.printf("  count error, default tile and variation (%d strings of 64 cells, half driven): "
                + "rms %.2f counts%n", n, Math.sqrt(sum2 / n));
        int strings = n;
        histogram.forEach((err, count) -> System.out.printf("    %+3d: %5d  %s%n", err, count,
                "#".repeat((int) Math.ceil(60.0 * count / strings))));
    }
}
