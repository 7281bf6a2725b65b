package org.neuromtj.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.sweep.run.PointRunner;
import org.neuromtj.sweep.run.Task;
import org.neuromtj.sweep.run.TaskResult;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.catalog.Experiments;

/**
 * A small sweep in Spark's local mode: every task's figures equal the same task run in a plain loop, the
 * outputs are written, a rerun skips what is written, and a folder of another sweep, a point outside a key's
 * range and an unreachable master are refused by name with nothing changed.
 */
class SweepTest {
    private static final String SPEC = """
            version: 1
            name: tiny
            workload: {kind: fmnist, images: 10, shard: 5}
            seed: 1
            design: grid
            parameters:
              - {path: technology.variation.sigma_log_r, values: [0.02, 0.1]}
            """;
    private static PointRunner runner;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        runner = new PointRunner(Path.of(System.getProperty("neuromtj.home", "../..")));
    }

    private static List<PointResult> sweep(SweepSpec spec, Path out, ByteArrayOutputStream log) {
        return Sweep.run(spec, out, "local[2]", runner, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void localModeGivesWhatAPlainLoopGivesWritesItAndSkipsItOnARerun() throws Exception {
        SweepSpec spec = SweepSpec.parse("tiny.yaml", SPEC);
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<PointResult> points = sweep(spec, out, log);
        assertEquals(2, points.size());
        List<String> lines = Files.readAllLines(out.resolve("tasks.csv"));
        assertEquals(5, lines.size(), "the header and four tasks");
        for (String line : lines.subList(1, lines.size())) {
            TaskResult r = TaskResult.parse(line);
            Map<String, Object> point = spec.points().get(r.point());
            assertEquals(r, runner.run(spec, new Task(r.point(), r.shard()), point),
                    "a task on Spark gives what it gives in a plain loop: " + line);
        }
        for (PointResult p : points) {
            assertEquals(10, p.figure("images"));
            assertTrue(p.figure("accuracy") > 0.5 && p.figure("nj_per_image") > 0 && p.figure("us_per_image") > 0
                    && p.figure("tops_per_mm2") > 0, p.toString());
            assertTrue(p.figure("p50_us") > 0 && p.figure("p50_us") <= p.figure("p95_us")
                    && p.figure("p95_us") <= p.figure("p99_us"), p.toString());
        }
        SweepOutput.write(spec, points, out);
        for (String f : List.of("sweep.yaml", "points.csv", "points.parquet", "points.json", "report.html")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertEquals(3, Files.readAllLines(out.resolve("points.csv")).size(), "the header and two points");
        assertTrue(Files.readString(out.resolve("report.json")).contains("Pareto front"));

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertEquals(points, sweep(spec, out, again), "a rerun reads what was written");
        assertTrue(again.toString(StandardCharsets.UTF_8).contains("4 tasks, 4 already written"), again.toString());
        assertEquals(lines, Files.readAllLines(out.resolve("tasks.csv")), "and runs nothing again");
    }

    @Test
    void anInterruptedSweepRunsOnlyTheTasksItHadNotWrittenAndEndsAsAnUninterruptedOne() throws Exception {
        SweepSpec spec = SweepSpec.parse("tiny.yaml", SPEC);
        Path whole = dir.resolve("whole");
        List<PointResult> expected = sweep(spec, whole, new ByteArrayOutputStream());
        List<String> lines = Files.readAllLines(whole.resolve("tasks.csv"));
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(whole.resolve("sweep.yaml"), cut.resolve("sweep.yaml"));
        // Two tasks written, and a third cut off in the middle of its line.
        String torn = lines.get(3).substring(0, lines.get(3).length() / 2);
        Files.writeString(cut.resolve("tasks.csv"), String.join("\n", lines.subList(0, 3)) + "\n" + torn);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(expected, sweep(spec, cut, log));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("4 tasks, 2 already written"), log.toString());
        List<String> after = Files.readAllLines(cut.resolve("tasks.csv"));
        assertEquals(5, after.size(), "the torn line dropped, the two missing tasks added: " + after);
        after.subList(1, 5).forEach(TaskResult::parse);
    }

    @Test
    void aTextParameterChoosesTheNeuronModelAndAnUnknownOneIsRefusedByItsPoint() {
        SweepSpec spec = SweepSpec.parse("models.yaml", SPEC.replace(
                "technology.variation.sigma_log_r, values: [0.02, 0.1]",
                "tile.neurons.model, values: [cmos-lif, stochastic-mtj, analog]"));
        List<Map<String, Object>> points = spec.points();
        assertEquals(TileConfig.Model.CMOS_LIF, runner.chip(spec, points.get(0)).tile().neurons().model());
        assertEquals(TileConfig.Model.STOCHASTIC_MTJ, runner.chip(spec, points.get(1)).tile().neurons().model());
        String message = assertThrows(SpecException.class, () -> runner.chip(spec, points.get(2))).getMessage();
        assertTrue(message.contains("models.yaml") && message.contains("analog"), message);
        SweepSpec number = SweepSpec.parse("n.yaml", SPEC.replace("technology.variation.sigma_log_r, values: [0.02, 0.1]",
                "tile.neurons.model, values: [1, 2]"));
        message = assertThrows(SpecException.class, () -> runner.chip(number, number.points().get(0))).getMessage();
        assertTrue(message.contains("no number neurons.model"), message);
    }

    @Test
    void theWorkloadsInferenceSettingsAreParametersToo() {
        SweepSpec spec = SweepSpec.parse("steps.yaml", SPEC.replace(
                "technology.variation.sigma_log_r, values: [0.02, 0.1]", "workload.timesteps, values: [8, 16, 40]"));
        List<Map<String, Object>> points = spec.points();
        assertEquals(8, runner.chip(spec, points.get(0)).image().timesteps());
        assertEquals(16, runner.chip(spec, points.get(1)).image().timesteps());
        String message = assertThrows(SpecException.class, () -> runner.chip(spec, points.get(2))).getMessage();
        assertTrue(message.contains("workload.timesteps = 40: the fmnist firmware runs at most 32"), message);
        SweepSpec threshold = SweepSpec.parse("th.yaml", SPEC.replace(
                "technology.variation.sigma_log_r, values: [0.02, 0.1]", "workload.hidden_threshold, values: [0]"));
        message = assertThrows(SpecException.class, () -> runner.chip(threshold, threshold.points().get(0)))
                .getMessage();
        assertTrue(message.contains("workload.hidden_threshold = 0: network: thresholds must be"), message);
    }

    @Test
    void aFirmwareOfOnesOwnIsAWorkloadToo() throws Exception {
        Path home = Path.of(System.getProperty("neuromtj.home", "../..")).toAbsolutePath();
        Path settings = dir.resolve("snn.bin");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(28).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("NMTJSNNP".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(1).putInt(8).putInt(1).putInt(1);
        Files.write(settings, b.array());
        Path specFile = dir.resolve("snn.yaml");
        Files.writeString(specFile, """
                version: 1
                name: snn
                workload:
                  kind: firmware
                  elf: %s
                  host_files: [snn.bin]
                  results: 68
                seed: 1
                design: grid
                parameters:
                  - {path: tile.tdc.bits, values: [8, 10]}
                """.formatted(home.resolve("firmware-samples/target/firmware/snn-patterns.elf")));
        SweepSpec spec = SweepSpec.read(specFile);
        List<PointResult> points = sweep(spec, dir.resolve("snn-out"), new ByteArrayOutputStream());
        for (PointResult p : points) {
            assertEquals(68, p.figure("images"));
            assertEquals(1.0, p.figure("accuracy"), 1e-12, "snn-patterns classifies its 68 images: " + p);
        }
        Files.writeString(specFile, Files.readString(specFile).replace("snn.bin", "missing.bin"));
        String message = assertThrows(SpecException.class, () -> SweepSpec.read(specFile)).getMessage();
        assertTrue(message.contains("workload.host_files missing.bin: no such file"), message);
        Files.writeString(specFile, Files.readString(specFile).replace("missing.bin", "snn.bin")
                .replace("tile.tdc.bits", "workload.timesteps"));
        message = assertThrows(SpecException.class, () -> SweepSpec.read(specFile)).getMessage();
        assertTrue(message.contains("workload.timesteps is a setting of the fmnist workload"), message);
    }

    @Test
    void aFolderOfAnotherSweepAPointOutOfRangeAndAnUnreachableMasterAreRefused() throws Exception {
        SweepSpec spec = SweepSpec.parse("tiny.yaml", SPEC);
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("sweep.yaml"), SPEC.replace("seed: 1", "seed: 2"));
        Files.writeString(other.resolve("tasks.csv"), TaskResult.CSV_HEADER + "\n" + new TaskResult(0, 0, 5, 5, 1.0, 1, 1, 1.0,
                1.0, List.of(1L, 2L, 3L, 4L, 5L), Map.of()).csv() + "\n");
        String before = Files.readString(other.resolve("tasks.csv"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String message = assertThrows(SpecException.class, () -> sweep(spec, other, log)).getMessage();
        assertTrue(message.contains("holds the results of another sweep"), message);
        assertEquals(before, Files.readString(other.resolve("tasks.csv")), "nothing overwritten");

        SweepSpec wide = SweepSpec.parse("wide.yaml", SPEC.replace("technology.variation.sigma_log_r, values: [0.02, 0.1]",
                "tile.tdc.bits, values: [10, 40]"));
        Path fresh = dir.resolve("fresh");
        message = assertThrows(SpecException.class, () -> sweep(wide, fresh, log)).getMessage();
        assertTrue(message.contains("wide.yaml") && message.contains("bits"), message);
        assertFalse(Files.exists(fresh), "a bad point is found before anything is written");

        SweepSpec missing = SweepSpec.parse("missing.yaml", SPEC.replace("technology.variation.sigma_log_r",
                "technology.variation.sigma_nothing"));
        message = assertThrows(SpecException.class, () -> sweep(missing, dir.resolve("m"), log)).getMessage();
        assertTrue(message.contains("technology.variation.sigma_nothing"), message);

        message = assertThrows(SpecException.class, () -> Sweep.run(spec, dir.resolve("unreached"),
                "spark://127.0.0.1:1", runner, new PrintStream(log, true, StandardCharsets.UTF_8))).getMessage();
        assertTrue(message.contains("cannot reach the Spark master spark://127.0.0.1:1"), message);
    }

    @Test
    void anExperimentIsAWorkloadItsFiguresThePointsAndAPatternMatchingNoneIsRefusedBeforeAnythingIsWritten()
            throws Exception {
        String levels = """
                version: 1
                name: levels
                workload:
                  kind: reproduce
                  experiment: multilevel
                  quick: true
                  maximise: "accuracy with *-level cells, %"
                  minimise: "programming a *-level tile: SOT pulses a cell, pulses"
                seed: 1
                design: grid
                parameters:
                  - {path: technology.device.levels, values: [8, 32]}
                """;
        Path out = dir.resolve("levels");
        SweepSpec wrong = SweepSpec.parse("wrong.yaml", levels.replace("accuracy with", "recall with")
                .replace("[8, 32]", "[32]"));
        String message = assertThrows(SpecException.class, () -> sweep(wrong, out, new ByteArrayOutputStream()))
                .getMessage();
        assertTrue(message.contains("no figure of point 0") && message.contains("accuracy with 32-level cells, %"),
                message);
        assertFalse(Files.exists(out.resolve("tasks.csv")), "no result written for a spec refused");

        SweepSpec unknown = SweepSpec.parse("unknown.yaml", levels.replace("device.levels", "device.levelz"));
        message = assertThrows(SpecException.class, () -> runner.check(unknown, unknown.points().get(0)))
                .getMessage();
        assertTrue(message.contains("unknown.yaml") && message.contains("device.levelz"), message);
        SweepSpec tooMany = SweepSpec.parse("many.yaml", levels.replace("[8, 32]", "[8, 1000]"));
        message = assertThrows(SpecException.class, () -> runner.check(tooMany, tooMany.points().get(1)))
                .getMessage();
        assertTrue(message.contains("many.yaml") && message.contains("levels"), message);

        SweepSpec spec = SweepSpec.parse("levels.yaml", levels);
        List<PointResult> points = sweep(spec, out, new ByteArrayOutputStream());
        Set<String> eight = points.get(0).figures().keySet();
        assertTrue(eight.contains("accuracy with 8-level cells, %"), "the quantity names the point's levels: " + eight);
        Reproduction own = Experiments.named("multilevel").orElseThrow().run(new Experiment.Run(runner.home(), 1, true,
                new PrintStream(OutputStream.nullOutputStream())));
        assertEquals(own.figures().get(0).ours(), points.get(1).figure("accuracy with 32-level cells, %"), 1e-12,
                "at the experiment's own levels a point is the experiment itself");
        assertTrue(points.get(0).figure("programming a 8-level tile: SOT pulses a cell, pulses") < points.get(1)
                .figure("programming a 32-level tile: SOT pulses a cell, pulses"), "fewer levels, fewer write-verify"
                + " pulses: " + points);
        SweepOutput.write(spec, points, out);
        String csv = Files.readString(out.resolve("points.csv"));
        assertTrue(csv.startsWith("point,technology_device_levels,maximised,minimised,accuracy_with_8_level_cells,"),
                csv);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Pareto front"));
    }
}
