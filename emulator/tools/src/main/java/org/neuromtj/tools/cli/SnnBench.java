package org.neuromtj.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.net.Evaluation;
import org.neuromtj.tools.workload.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neuromtj bench snn}: the shipped Fashion-MNIST network on the same test images in Brian2 and on the
 * chip with ideal and default devices, each as a user runs it (a whole process), side by side in one run.
 * Brian2 must give the software network's answers image by image, and the chip with ideal devices its
 * accuracy; the command prints each wall time and the chip's ratio to each.
 */
@Command(name = "snn", mixinStandardHelpOptions = true,
        description = {"Runs the shipped Fashion-MNIST network on the same test images in Brian2 (cython with its cache,",
            "cpp_standalone with its compilation reported apart) and on the chip (the fmnist firmware, ideal and",
            "default devices), checks Brian2's answers against the software network's, and prints wall times and ratios,",
            "and the chip's cost an image once started (a run on the first tenth of the images subtracted) beside the",
            "compiled binary's."})
final class SnnBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--images", paramLabel = "N", defaultValue = "1000",
            description = "Test images, from the first (default ${DEFAULT-VALUE}).")
    private int images;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that step the chip's tiles (default: the processors but one).")
    private Integer threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Rounds, each running every simulator once in turn; medians are compared (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--targets", paramLabel = "T", split = ",", defaultValue = "cython,cpp_standalone",
            description = "Brian2 code-generation targets, in order (default ${DEFAULT-VALUE}).")
    private List<String> targets;

    @Mixin
    private MappedChip chip;

    @Mixin
    private FmnistWorkload workload;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${sys:neuromtj.home:-.}/target/bench-snn",
            description = "Where the network, images and Brian2's files go (default ${DEFAULT-VALUE}).")
    private Path work;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (images < 1 || images > 10_000) {
            throw new UsageFailure("--images must be 1-10000, not " + images, UsageFailure.BAD_INPUT);
        }
        if (runs < 1) {
            throw new UsageFailure("--runs must be at least 1, not " + runs, UsageFailure.BAD_INPUT);
        }
        if (threads != null && threads < 1) {
            throw new UsageFailure("--threads must be at least 1, not " + threads, UsageFailure.BAD_INPUT);
        }
        for (String t : targets) {
            if (!List.of("numpy", "cython", "cpp_standalone").contains(t)) {
                throw new UsageFailure("--targets: " + t + " is not numpy, cython or cpp_standalone", UsageFailure.BAD_INPUT);
            }
        }
        workload.firmware();
        MappedChip.Mapped m = chip.map();
        ImageSet test = workload.test();
        Files.createDirectories(work);
        Network net = m.net();
        writeNetwork(net, test);
        int[] software = Evaluation.answers(net, test, images);

        Path image = work.resolve("chip.img");
        Files.write(image, m.image().bytes());
        Path pixels = work.resolve("images.idx");
        Files.write(pixels, test.imagesIdx(images));
        Path labels = work.resolve("labels.idx");
        Files.write(labels, test.labelsIdx(images));
        // The first tenth of the images again: the run on all less this one is the chip's cost an image once started.
        int head = Math.max(1, images / 10);
        Path headPixels = work.resolve("images-head.idx");
        Files.write(headPixels, test.imagesIdx(head));
        Path headLabels = work.resolve("labels-head.idx");
        Files.write(headLabels, test.labelsIdx(head));
        List<String> run = new ArrayList<>(List.of(javaExecutable()));
        // The launcher's JVM options (its collector, its class-data archive), as ./neuromtj run has them.
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-XX:")) {
                run.add(option);
            }
        }
        run.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--npu",
                chip.npuFile.toString(), "--tile", chip.tileFile.toString(), "--host-file", image.toString(),
                "--host-file", pixels.toString(), "--host-file", labels.toString()));
        if (threads != null) {
            run.addAll(List.of("--threads", threads.toString()));
        }
        run.add(workload.firmware.toString());
        List<String> ideal = new ArrayList<>(run);
        ideal.add(ideal.size() - 1, "--ideal-devices");
        List<String> headRun = new ArrayList<>(run);
        headRun.set(headRun.indexOf(pixels.toString()), headPixels.toString());
        headRun.set(headRun.indexOf(labels.toString()), headLabels.toString());
        int right = 0;
        for (int k = 0; k < images; k++) {
            right += software[k] == test.label(k) ? 1 : 0;
        }
        String expected = String.format(Locale.ROOT, "accuracy %d/%d ", right, images);

        // Each round runs every simulator once, so that a drift in the machine's speed reaches all alike.
        Map<String, double[][]> brian = new LinkedHashMap<>();
        for (String target : targets) {
            brian.put(target, new double[3][runs]);
        }
        double[] chipWalls = new double[runs];
        double[] idealWalls = new double[runs];
        double[] headWalls = new double[runs];
        for (int r = 0; r < runs; r++) {
            for (String target : targets) {
                double[][] t = brian.get(target);
                t[0][r] = time(List.of(python(), script().toString(), work.toString(), target), target);
                checkAnswers(target, software);
                JsonNode timing = JSON.readTree(work.resolve("timing-" + target + ".json").toFile());
                t[1][r] = timing.get("run_s").asDouble();
                t[2][r] = timing.get("binary_s").isNull() ? Double.NaN : timing.get("binary_s").asDouble();
            }
            chipWalls[r] = time(run, "chip");
            idealWalls[r] = time(ideal, "chip-ideal");
            headWalls[r] = images > head ? time(headRun, "chip-head") : Double.NaN;
            String idealLog = Files.readString(work.resolve("log-chip-ideal.txt"));
            if (!idealLog.contains(expected)) {
                throw new UsageFailure("the chip with ideal devices did not give the software network's accuracy ("
                        + expected.strip() + "): see " + work.resolve("log-chip-ideal.txt"), 1);
            }
        }

        System.out.printf(Locale.ROOT, "%nbench snn: the Fashion-MNIST network (784-256-10) on the first %d test images,"
                + " whole processes, %d round%s of one after another%n", images, runs, runs == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "  %-34s %10s %15s%n", "simulator", "median s", "min-max");
        for (Map.Entry<String, double[][]> e : brian.entrySet()) {
            double[][] t = e.getValue();
            System.out.printf(Locale.ROOT, "  %-34s %s   (simulation %.2f s%s)%n", "Brian2, " + e.getKey(), spread(t[0]),
                    median(t[1]), Double.isNaN(t[2][0]) ? ""
                            : String.format(Locale.ROOT, ", compiled binary alone %.2f s", median(t[2])));
        }
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "NeuroMTJ run, ideal devices", spread(idealWalls));
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "NeuroMTJ run, default devices", spread(chipWalls));
        System.out.println("  Brian2 gave the software network's answers on every image; the chip with ideal devices its"
                + " accuracy (" + expected.strip() + ").");
        double chipWall = median(chipWalls);
        for (Map.Entry<String, double[][]> e : brian.entrySet()) {
            double[][] t = e.getValue();
            System.out.printf(Locale.ROOT, "  speed against Brian2 %s: %.2fx (its median wall / ours)%n", e.getKey(),
                    median(t[0]) / chipWall);
            if (!Double.isNaN(t[2][0])) {
                System.out.printf(Locale.ROOT, "  speed against Brian2 %s's binary alone: %.2fx%n", e.getKey(),
                        median(t[2]) / chipWall);
            }
        }
        if (images > head) {
            steadyState(brian, chipWall, median(headWalls), head);
        }
        return 0;
    }

    /**
     * The chip's cost an image once started (the run on all the images less the run on the first tenth, over the
     * difference: start-up, programming and the JIT's warm-up on the first tenth left out) beside each compiled
     * binary's whole time over all the images (its start-up, a small part, left in).
     */
    private void steadyState(Map<String, double[][]> brian, double chipWall, double headWall, int head) {
        double chipMs = 1e3 * (chipWall - headWall) / (images - head);
        System.out.printf(Locale.ROOT, "  NeuroMTJ, default devices, once started: %.2f ms an image (the run on %d images"
                + " less the run on the first %d, %.2f s, over the %d between; start-up, programming and warm-up"
                + " left out)%n", chipMs, images, head, headWall, images - head);
        for (Map.Entry<String, double[][]> e : brian.entrySet()) {
            double[][] t = e.getValue();
            if (!Double.isNaN(t[2][0])) {
                double binaryMs = 1e3 * median(t[2]) / images;
                System.out.printf(Locale.ROOT, "  Brian2 %s's binary alone: %.2f ms an image (its whole time over %d"
                        + " images, its start-up left in); speed once started: %.2fx%n", e.getKey(), binaryMs, images,
                        binaryMs / chipMs);
            }
        }
    }

    /** Writes what the Brian2 script reads: the network's sizes and thresholds, its weights and the images. */
    private void writeNetwork(Network net, ImageSet test) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", net.inputs());
        json.put("hidden", net.hidden());
        json.put("outputs", net.outputs());
        json.put("timesteps", net.timesteps());
        json.put("levels", net.levels());
        json.put("hidden_threshold", net.hiddenThreshold());
        json.put("output_threshold", net.outputThreshold());
        JSON.writeValue(work.resolve("network.json").toFile(), json);
        Files.write(work.resolve("w1.bin"), net.w1());
        Files.write(work.resolve("w2.bin"), net.w2());
        byte[] pixels = new byte[images * net.inputs()];
        int[] one = new int[net.inputs()];
        for (int k = 0; k < images; k++) {
            test.image(k, one);
            for (int i = 0; i < one.length; i++) {
                pixels[k * one.length + i] = (byte) one[i];
            }
        }
        Files.write(work.resolve("images.bin"), pixels);
    }

    private Path script() throws IOException {
        Path s = work.resolve("brian2_fmnist.py");
        try (InputStream in = SnnBench.class.getResourceAsStream("brian2_fmnist.py")) {
            Files.write(s, in.readAllBytes());
        }
        return s;
    }

    /** @return the command's wall seconds, whole process */
    private double time(List<String> command, String what) throws IOException, InterruptedException {
        System.err.println("neuromtj: bench snn: running " + what);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("log-" + what + ".txt").toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new UsageFailure(what + " failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + "): see "
                    + work.resolve("log-" + what + ".txt") + (what.equals("chip") ? ""
                    : "; Brian2 is the Debian package python3-brian, which ./neuromtj setup installs"), 1);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Checks that a Brian2 target answered every image as the software network did. */
    private void checkAnswers(String target, int[] software) throws IOException {
        int[] answers = answers(work.resolve("answers-" + target + ".txt"));
        int differ = 0;
        for (int k = 0; k < images; k++) {
            differ += answers[k] != software[k] ? 1 : 0;
        }
        if (differ > 0) {
            throw new UsageFailure("Brian2 (" + target + ") answered " + differ + " of " + images
                    + " images differently from the software network: the two models disagree", 1);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The median and the range, aligned in columns. */
    private static String spread(double[] values) {
        return String.format(Locale.ROOT, "%10.2f %15s", median(values), String.format(Locale.ROOT, "%.2f-%.2f",
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow()));
    }

    private int[] answers(Path file) throws IOException {
        int[] a = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).mapToInt(Integer::parseInt).toArray();
        if (a.length != images) {
            throw new UsageFailure(file + ": " + a.length + " answers for " + images + " images", 1);
        }
        return Arrays.copyOf(a, images);
    }

    /** Debian's Python, where python3-brian is installed, before whatever else PATH finds first. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
