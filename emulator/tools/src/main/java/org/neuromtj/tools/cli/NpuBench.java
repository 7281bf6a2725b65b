package org.neuromtj.tools.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neuromtj.bench.Jmh;
import org.neuromtj.bench.NpuTimestepBenchmark;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj bench npu}: whole-NPU timesteps per second on a 4×4 mesh of 256×256 tiles. */
@Command(name = "npu", mixinStandardHelpOptions = true,
        description = {"Runs the JMH timestep benchmark (4x4 mesh of 256x256 tiles, default devices, 5%% and 20%%",
            "input spike density, tiles on one thread and on two) and prints simulated timesteps and synaptic events",
            "per second, and the speed-up from one thread to two."})
final class NpuBench implements Callable<Integer> {

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2",
            description = "Length of each warm-up and measurement iteration (default ${DEFAULT-VALUE}).")
    private int seconds;

    @Override
    public Integer call() throws RunnerException {
        List<Jmh.Score> scores = BenchCommand.runJmh(NpuTimestepBenchmark.class, seconds);
        System.out.println();
        System.out.println("bench npu: 4x4 mesh of 256x256 tiles, the tiles stepped on one thread and on two");
        System.out.printf("  %7s %7s %14s %18s %20s%n", "density", "threads", "timesteps/s", "synaptic ev/step",
                "synaptic events/s");
        Map<String, Double> rate = new LinkedHashMap<>();
        for (Jmh.Score s : scores) {
            NpuTimestepBenchmark b = new NpuTimestepBenchmark();
            b.density = Double.parseDouble(s.params().get("density"));
            b.threads = Integer.parseInt(s.params().get("threads"));
            b.setUp();
            System.out.printf("  %7s %7d %14.1f %18.0f %20.3e%n", s.params().get("density"), b.threads, s.opsPerSecond(),
                    b.synapticEventsPerStep, s.opsPerSecond() * b.synapticEventsPerStep);
            rate.put(s.params().get("density") + "/" + b.threads, s.opsPerSecond());
        }
        for (String density : List.of("0.05", "0.2")) {
            System.out.printf("  speed-up from 1 to 2 threads at density %s: %.2fx%n", density,
                    rate.getOrDefault(density + "/2", Double.NaN) / rate.getOrDefault(density + "/1", Double.NaN));
        }
        return 0;
    }
}
