package org.neuromtj.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one of our JMH benchmarks the way every {@code neuromtj bench} command does. */
public final class Jmh {
    private Jmh() {
    }

    /**
     * One result: its parameters and its score in operations per second.
     *
     * @param params the benchmark's parameters by name
     * @param opsPerSecond the primary score
     */
    public record Score(Map<String, String> params, double opsPerSecond) {
    }

    /**
     * @param benchmark the benchmark class
     * @param seconds   length of each of 2 warm-up and 3 measurement iterations, in one fork
     * @return each parameter combination's score
     * @throws RunnerException if JMH fails
     */
    public static java.util.List<Score> run(Class<?> benchmark, int seconds) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(benchmark.getName()).forks(1)
                .warmupIterations(2).measurementIterations(3).threads(1).warmupTime(TimeValue.seconds(seconds))
                .measurementTime(TimeValue.seconds(seconds)).shouldFailOnError(true).build()).run();
        return results.stream().map(r -> {
            Map<String, String> p = new TreeMap<>();
            for (String key : r.getParams().getParamsKeys()) {
                p.put(key, r.getParams().getParam(key));
            }
            return new Score(p, r.getPrimaryResult().getScore());
        }).toList();
    }
}
