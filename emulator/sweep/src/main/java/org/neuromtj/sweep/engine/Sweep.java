package org.neuromtj.sweep.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.neuromtj.sweep.run.PointRunner;
import org.neuromtj.sweep.run.Task;
import org.neuromtj.sweep.run.TaskResult;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * Runs a sweep as a Spark job: the design's points split into (point, shard) tasks, run in waves as wide as
 * the cluster, each wave's results appended to the output folder's {@code tasks.csv} before the next starts,
 * so a sweep interrupted and started again runs only the tasks it has not written. Every task is
 * deterministic from the sweep's seed, its point and its shard, so a retried or rerun task gives the same
 * line. When every task is in, the points' figures go to CSV, Parquet and the report.
 */
public final class Sweep {
    /** The spec as the output folder keeps it, to tell its own sweep from another. */
    static final String SPEC_FILE = "sweep.yaml";
    static final String TASKS_FILE = "tasks.csv";

    private Sweep() {
    }

    /**
     * @param spec     the sweep
     * @param out      the output folder
     * @param master   the Spark master: local[N], local[*], spark://HOST:PORT or any Spark accepts
     * @param runner   the workload, loaded on the driver to check every point before any task starts
     * @param progress where progress goes
     * @return every point's figures
     * @throws SpecException if the spec, a point or the output folder is wrong
     */
    public static List<PointResult> run(SweepSpec spec, Path out, String master, PointRunner runner,
                                        PrintStream progress) {
        List<Map<String, Object>> points = spec.points();
        runner.check(spec);
        for (Map<String, Object> point : points) {
            runner.check(spec, point);
        }
        Map<Task, TaskResult> done = claim(spec, out);
        List<Task> pending = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < spec.shards(); s++) {
                Task t = new Task(p, s);
                if (!done.containsKey(t)) {
                    pending.add(t);
                }
            }
        }
        int total = points.size() * spec.shards();
        progress.printf("sweep %s: %d points, %d tasks, %d already written%n", spec.name(), points.size(), total,
                total - pending.size());
        if (!pending.isEmpty()) {
            reachable(master);
            SparkConf conf = new SparkConf().setAppName("neuromtj sweep " + spec.name()).setMaster(master)
                    .set("spark.ui.enabled", "false").set("spark.task.maxFailures", "2");
            // Executors on Java 17 need the options the driver was started with.
            conf.setIfMissing("spark.executor.extraJavaOptions", jvmOptions());
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                String home = runner.home().toString();
                int wave = Math.max(1, 2 * sc.defaultParallelism());
                for (int from = 0; from < pending.size(); from += wave) {
                    List<Task> tasks = pending.subList(from, Math.min(pending.size(), from + wave));
                    // Each task carries its point's values: executors need not draw the design again.
                    List<Assignment> assigned = tasks.stream().map(t -> new Assignment(t, points.get(t.point()))).toList();
                    List<TaskResult> results = sc.parallelize(assigned, assigned.size())
                            .map(a -> Executors.run(home, spec, a)).collect();
                    if (spec.workload().kind() == SweepSpec.Kind.REPRODUCE) {
                        // Refused before a line is written: the folder stays free for the spec put right.
                        PointResult.experimentsTrade(spec, points, results);
                    }
                    append(out.resolve(TASKS_FILE), results);
                    results.forEach(r -> done.put(new Task(r.point(), r.shard()), r));
                    progress.printf("sweep %s: %s %d/%d tasks%n", spec.name(), bar(done.size(), total), done.size(),
                            total);
                }
            }
        }
        return PointResult.of(spec, points, done.values());
    }

    /** @return the JVM options Spark needs on Java 17, as the build wrote them for the launcher */
    static String jvmOptions() {
        try (var in = Sweep.class.getResourceAsStream("/org/neuromtj/sweep/jvm-options.txt")) {
            if (in == null) {
                throw new IllegalStateException("jvm-options.txt is missing from the sweep module's build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read jvm-options.txt: " + e.getMessage(), e);
        }
    }

    /**
     * Fails at once, naming the master, where a standalone master does not answer: Spark itself would retry for a
     * minute before giving up.
     */
    private static void reachable(String master) {
        if (!master.startsWith("spark://")) {
            return;
        }
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(
                        colon + 1))), 5_000);
                return;
            } catch (IOException | RuntimeException e) {
                // The next master of the list, if any.
            }
        }
        throw new SpecException("cannot reach the Spark master " + master + ": nothing answers there; start it"
                + " (start-master.sh) or give another --master; no task was run");
    }

    /**
     * Makes the folder this sweep's, or finds it already is, and reads the tasks it holds.
     *
     * @throws SpecException if the folder is a file or holds another sweep's results
     */
    private static Map<Task, TaskResult> claim(SweepSpec spec, Path out) {
        Path kept = out.resolve(SPEC_FILE);
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new SpecException(out + " is a file, not a folder for the sweep's results");
            }
            boolean results = holdsTasks(out.resolve(TASKS_FILE));
            // The spec a folder keeps is its own only once a task's line is written beside it: a spec refused at its
            // first results leaves the folder free for the spec put right.
            SweepSpec other = Files.exists(kept) ? SweepSpec.parse(kept.toString(), Files.readString(kept,
                    StandardCharsets.UTF_8)) : null;
            String keptDigest = other == null ? null : other.digest();
            if (results && other == null) {
                throw new SpecException(out + " holds task results without the spec they came from; choose another"
                        + " folder; nothing was changed");
            }
            if (results && !keptDigest.equals(spec.digest())) {
                throw new SpecException(out + " holds the results of another sweep (" + other.name() + ", spec "
                        + keptDigest.substring(0, 12) + "); this is " + spec.name() + " (spec "
                        + spec.digest().substring(0, 12) + "): choose another folder; nothing was changed");
            }
            if (!spec.digest().equals(keptDigest)) {
                Files.createDirectories(out);
                Path tmp = Files.createTempFile(out, SPEC_FILE, ".tmp");
                Files.writeString(tmp, spec.text(), StandardCharsets.UTF_8);
                Files.move(tmp, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return read(out.resolve(TASKS_FILE), spec);
        } catch (IOException e) {
            throw new SpecException("cannot use " + out + " for the sweep's results: " + e.getMessage());
        }
    }

    /** @return whether a tasks file holds a task's line */
    private static boolean holdsTasks(Path tasks) throws IOException {
        if (!Files.exists(tasks)) {
            return false;
        }
        try (var lines = Files.lines(tasks, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> !l.isBlank() && !l.equals(TaskResult.CSV_HEADER));
        }
    }

    /**
     * The tasks a folder holds. A line an interruption cut short is dropped, and the file rewritten without it
     * (atomically), so that its task runs again and the next lines start on a line of their own.
     */
    private static Map<Task, TaskResult> read(Path tasks, SweepSpec spec) throws IOException {
        Map<Task, TaskResult> done = new HashMap<>();
        if (!Files.exists(tasks)) {
            return done;
        }
        List<String> kept = new ArrayList<>();
        boolean torn = false;
        for (String line : Files.readAllLines(tasks, StandardCharsets.UTF_8)) {
            if (line.equals(TaskResult.CSV_HEADER)) {
                kept.add(line);
                continue;
            }
            try {
                TaskResult r = TaskResult.parse(line);
                if (r.shard() < spec.shards()) {
                    done.put(new Task(r.point(), r.shard()), r);
                    kept.add(line);
                }
            } catch (IllegalArgumentException e) {
                torn = true;
            }
        }
        if (torn) {
            Path tmp = Files.createTempFile(tasks.getParent(), TASKS_FILE, ".tmp");
            Files.writeString(tmp, kept.stream().map(l -> l + "\n").collect(Collectors.joining()), StandardCharsets.UTF_8);
            Files.move(tmp, tasks, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return done;
    }

    private static void append(Path tasks, List<TaskResult> results) {
        StringBuilder b = new StringBuilder();
        if (!Files.exists(tasks)) {
            b.append(TaskResult.CSV_HEADER).append('\n');
        }
        results.forEach(r -> b.append(r.csv()).append('\n'));
        try {
            Files.writeString(tasks, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new SpecException("cannot write the sweep's results to " + tasks + ": " + e.getMessage());
        }
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }

    /** Each executor's workload, loaded once a JVM whatever the number of tasks it runs. */
    static final class Executors {
        private static final Map<String, PointRunner> RUNNERS = new LinkedHashMap<>();

        private Executors() {
        }

        static TaskResult run(String home, SweepSpec spec, Assignment a) {
            PointRunner runner;
            synchronized (RUNNERS) {
                runner = RUNNERS.computeIfAbsent(home, h -> new PointRunner(Path.of(h)));
            }
            return runner.run(spec, a.task(), a.point());
        }
    }

    /**
     * A task as an executor receives it.
     *
     * @param task  the point and shard
     * @param point the point's values
     */
    record Assignment(Task task, Map<String, Object> point) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
