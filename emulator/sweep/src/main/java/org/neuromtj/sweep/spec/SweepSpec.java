package org.neuromtj.sweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.neuromtj.tools.reproduce.ChipOverrides;
import org.neuromtj.tools.reproduce.catalog.Experiments;

/**
 * A sweep: the workload each point runs, the parameters it varies (each a number in the technology, tile or
 * NPU file, addressed by its dotted path), the design that picks the points, the images a point runs and
 * how they are split into tasks, and the seed. The file's own text is kept, so a sweep's identity is its
 * digest and its results folder can tell whether it holds this sweep.
 *
 * @param file       the spec's file name, for messages
 * @param text       its text
 * @param name       the sweep's name
 * @param workload   what each point runs
 * @param images     images (or firmware results) a point runs, from the first
 * @param shard      images a task runs (a firmware workload runs whole in one task)
 * @param seed       the sweep's seed: the design's draws and each task's devices
 * @param design     how points are chosen
 * @param samples    points a random or Latin-hypercube design draws
 * @param parameters what varies
 */
public record SweepSpec(String file, String text, String name, Workload workload, int images, int shard, long seed,
                        Design design, int samples, List<Parameter> parameters) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int VERSION = 1;
    private static final int MAX_POINTS = 100_000;
    /** The figure a chip workload's Pareto front maximises: the share of images answered right. */
    public static final String CHIP_MAXIMISE = "accuracy";
    /** And the one it minimises: the whole chip's energy an image. */
    public static final String CHIP_MINIMISE = "nj_per_image";
    /** The Fashion-MNIST workload's settings a sweep may vary: the network's coding and neurons at inference. */
    public static final List<String> WORKLOAD_KEYS = List.of("workload.timesteps", "workload.levels",
            "workload.hidden_threshold", "workload.output_threshold");

    /**
     * What each point runs.
     *
     * @param kind       which kind of run
     * @param firmware   a {@link Kind#FIRMWARE} workload's ELF (an absolute path), which reports (answer, label)
     *                   results on the mailbox and marks its inference with the phase marks 3 and 4, as the samples
     *                   do; null otherwise
     * @param npu        the NPU file a firmware runs on (absolute), null for the default
     * @param tile       its tile file, null for the default
     * @param hostFiles  the files it is offered through the host link, in order (absolute)
     * @param experiment a {@link Kind#REPRODUCE} workload's experiment, as {@code ./neuromtj reproduce} names it
     * @param quick      whether the experiment runs its short form
     * @param maximise   a pattern matching the whole name of the experiment's figure a Pareto front maximises, each
     *                   {@code *} any run of characters ({@code accuracy} for the other kinds)
     * @param minimise   and of the figure it minimises ({@code nj_per_image} for the other kinds)
     */
    public record Workload(Kind kind, String firmware, String npu, String tile, List<String> hostFiles,
                           String experiment, boolean quick, String maximise, String minimise) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** @return whether this is the Fashion-MNIST workload */
        public boolean fmnist() {
            return kind == Kind.FMNIST;
        }
    }

    /** What a point runs. */
    public enum Kind {
        /** The shipped Fashion-MNIST network through the fmnist firmware, in shards of the test set. */
        FMNIST,
        /** A firmware of one's own, whole, in one task a point. */
        FIRMWARE,
        /** An experiment of {@code ./neuromtj reproduce}, whole, in one task a point; its figures are the point's. */
        REPRODUCE
    }

    /** How points are chosen. */
    public enum Design {
        /** Every combination of every parameter's values. */
        GRID,
        /** Each point each parameter uniformly within its range. */
        RANDOM,
        /** Each parameter's range cut into as many strata as points, each stratum used once, shuffled. */
        LATIN_HYPERCUBE
    }

    /**
     * A varied number.
     *
     * @param path   {@code technology.}, {@code tile.} or {@code npu.} and the key's dotted path in that file
     * @param values the values a grid takes, numbers ({@link Double}) or texts for a key that takes a text
     *               (empty for a range)
     * @param low    a random or Latin-hypercube design's lower end
     * @param high   and its upper end
     * @param integer whether the key takes whole numbers (drawn values are rounded)
     */
    public record Parameter(String path, List<Object> values, double low, double high, boolean integer)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** @return the file the path is in: technology, tile or npu, or the workload's own settings */
        public String target() {
            return path.substring(0, path.indexOf('.'));
        }

        /** @return the key's path within its file */
        public String key() {
            return path.substring(path.indexOf('.') + 1);
        }

        /** @return whether every value is a number (a range always is) */
        public boolean numeric() {
            return values.stream().allMatch(v -> v instanceof Double);
        }
    }

    /**
     * @param file a sweep spec (YAML)
     * @return the spec
     * @throws SpecException naming the file and what is wrong
     */
    public static SweepSpec read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SpecException(file + ": no such sweep spec");
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the sweep spec: " + e.getMessage());
        }
    }

    /**
     * @param file the name messages give
     * @param text the spec's YAML
     * @return the spec
     * @throws SpecException naming the file and what is wrong
     */
    public static SweepSpec parse(String file, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new SpecException(file + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new SpecException(file + ": a sweep spec is a mapping (version, name, workload, seed, design,"
                    + " parameters)");
        }
        only(file, "", root, Set.of("version", "name", "workload", "seed", "design", "samples", "parameters"));
        if (integer(file, root, "version", 1, 1) != VERSION) {
            throw new SpecException(file + ": version must be 1");
        }
        String name = text(file, root, "name");
        JsonNode workload = mapping(file, root, "workload");
        String kind = text(file, workload, "kind");
        Workload what;
        int images;
        int shard;
        if (kind.equals("fmnist")) {
            only(file, "workload.", workload, Set.of("kind", "images", "shard"));
            what = new Workload(Kind.FMNIST, null, null, null, List.of(), null, false, CHIP_MAXIMISE, CHIP_MINIMISE);
            images = integer(file, workload, "images", 1, 10_000);
            shard = integer(file, workload, "shard", 1, images);
        } else if (kind.equals("firmware")) {
            only(file, "workload.", workload, Set.of("kind", "elf", "npu", "tile", "host_files", "results"));
            Path dir = Path.of(file).toAbsolutePath().getParent();
            List<String> hostFiles = new ArrayList<>();
            JsonNode files = workload.get("host_files");
            if (files != null) {
                if (!files.isArray()) {
                    throw new SpecException(file + ": workload.host_files must be a list of files");
                }
                files.forEach(f -> hostFiles.add(existing(file, dir, "workload.host_files", f.asText())));
            }
            what = new Workload(Kind.FIRMWARE, existing(file, dir, "workload.elf", text(file, workload, "elf")),
                    workload.has("npu") ? existing(file, dir, "workload.npu", text(file, workload, "npu")) : null,
                    workload.has("tile") ? existing(file, dir, "workload.tile", text(file, workload, "tile")) : null,
                    List.copyOf(hostFiles), null, false, CHIP_MAXIMISE, CHIP_MINIMISE);
            images = integer(file, workload, "results", 1, 1_000_000);
            shard = images;
        } else if (kind.equals("reproduce")) {
            only(file, "workload.", workload, Set.of("kind", "experiment", "quick", "maximise", "minimise"));
            String experiment = text(file, workload, "experiment");
            if (Experiments.named(experiment).isEmpty()) {
                throw new SpecException(file + ": workload.experiment " + experiment + " is no experiment of"
                        + " ./neuromtj reproduce: they are " + Experiments.names());
            }
            JsonNode quick = workload.get("quick");
            if (quick != null && !quick.isBoolean()) {
                throw new SpecException(file + ": workload.quick must be true (the experiment's short form) or false,"
                        + " not " + quick);
            }
            what = new Workload(Kind.REPRODUCE, null, null, null, List.of(), experiment, quick != null
                    && quick.asBoolean(), text(file, workload, "maximise"), text(file, workload, "minimise"));
            images = 1;
            shard = 1;
        } else {
            throw new SpecException(file + ": workload.kind must be fmnist (the shipped Fashion-MNIST network through"
                    + " the fmnist firmware), firmware (a firmware of your own) or reproduce (an experiment of"
                    + " ./neuromtj reproduce), not " + kind);
        }
        long seed = integer(file, root, "seed", 0, Integer.MAX_VALUE);
        Design design;
        try {
            design = Design.valueOf(text(file, root, "design").toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new SpecException(file + ": design must be grid, random or latin-hypercube, not "
                    + root.get("design").asText());
        }
        int samples = design == Design.GRID ? 0 : integer(file, root, "samples", 1, MAX_POINTS);
        if (design == Design.GRID && root.has("samples")) {
            throw new SpecException(file + ": samples is for a random or Latin-hypercube design; a grid takes every"
                    + " combination");
        }
        JsonNode list = root.get("parameters");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new SpecException(file + ": parameters must be a list of at least one {path, values} (or {path,"
                    + " range} for a random or Latin-hypercube design)");
        }
        List<Parameter> parameters = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            parameters.add(parameter(file, "parameters[" + k + "].", list.get(k), design));
        }
        SweepSpec spec = new SweepSpec(file, text, name, what, images, shard, seed, design, samples, parameters);
        for (Parameter p : parameters) {
            if (p.target().equals("workload") && (!what.fmnist() || !p.numeric())) {
                throw new SpecException(file + ": " + p.path() + " is a setting of the fmnist workload, a whole"
                        + " number; a firmware's settings are its host files'");
            }
        }
        if (design == Design.GRID && spec.gridSize() > MAX_POINTS) {
            throw new SpecException(file + ": the grid has " + spec.gridSize() + " points; at most " + MAX_POINTS);
        }
        return spec;
    }

    private static Parameter parameter(String file, String at, JsonNode p, Design design) {
        if (!p.isObject()) {
            throw new SpecException(file + ": " + at + " must be a mapping {path, values} or {path, range}");
        }
        only(file, at, p, Set.of("path", "values", "range", "integer"));
        String path = text(file, p, "path");
        if (!ChipOverrides.isPath(path) && !WORKLOAD_KEYS.contains(path)) {
            throw new SpecException(file + ": " + at + "path " + path + " must name a number in the technology, tile"
                    + " or npu file, such as technology.variation.sigma_log_r or tile.tdc.bits, or a setting of the"
                    + " fmnist workload (" + String.join(", ", WORKLOAD_KEYS) + ")");
        }
        boolean integer = p.has("integer") && p.get("integer").asBoolean();
        if (design == Design.GRID) {
            JsonNode v = p.get("values");
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw new SpecException(file + ": " + at + "values must list the numbers (or texts) a grid takes for "
                        + path);
            }
            List<Object> values = new ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isNumber() && !x.isTextual()) {
                    throw new SpecException(file + ": " + at + "values of " + path + " must be numbers or texts, not "
                            + x);
                }
                values.add(x.isNumber() ? (Object) x.asDouble() : x.asText());
            }
            if (!values.stream().allMatch(x -> x instanceof Double) && !values.stream().allMatch(x -> x instanceof String)) {
                throw new SpecException(file + ": " + at + "values of " + path + " must be all numbers or all texts");
            }
            return new Parameter(path, values, 0, 0, integer);
        }
        JsonNode r = p.get("range");
        if (r == null || !r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()
                || r.get(0).asDouble() >= r.get(1).asDouble()) {
            throw new SpecException(file + ": " + at + "range of " + path + " must be [low, high] with low < high");
        }
        return new Parameter(path, List.of(), r.get(0).asDouble(), r.get(1).asDouble(), integer);
    }

    /** A file the spec names, relative to the spec's folder, which must exist. */
    private static String existing(String file, Path dir, String key, String name) {
        Path p = dir.resolve(name).normalize();
        if (!Files.isRegularFile(p)) {
            throw new SpecException(file + ": " + key + " " + name + ": no such file (" + p + ")");
        }
        return p.toString();
    }

    private static void only(String file, String at, JsonNode node, Set<String> keys) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) {
                throw new SpecException(file + ": unknown key " + at + k + " (known: " + String.join(", ", keys.stream()
                        .sorted().toList()) + ")");
            }
        }
    }

    private static JsonNode mapping(String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isObject()) {
            throw new SpecException(file + ": " + key + " must be a mapping");
        }
        return v;
    }

    private static String text(String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new SpecException(file + ": " + key + " must be a text");
        }
        return v.asText();
    }

    private static int integer(String file, JsonNode node, String key, long low, long high) {
        JsonNode v = node.get(key);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < low || v.asLong() > high) {
            throw new SpecException(file + ": " + key + " must be a whole number from " + low + " to " + high
                    + (v == null ? "" : ", not " + v));
        }
        return (int) v.asLong();
    }

    /** @return the grid's points, the product of every parameter's values */
    private long gridSize() {
        long n = 1;
        for (Parameter p : parameters) {
            n *= p.values().size();
        }
        return n;
    }

    /** @return the design's points in order, each a value (a number or a text) for every parameter by path */
    public List<Map<String, Object>> points() {
        List<Map<String, Object>> points = new ArrayList<>();
        if (design == Design.GRID) {
            int n = (int) gridSize();
            for (int i = 0; i < n; i++) {
                Map<String, Object> point = new LinkedHashMap<>();
                int rest = i;
                for (int k = parameters.size() - 1; k >= 0; k--) {
                    Parameter p = parameters.get(k);
                    point.put(p.path(), p.values().get(rest % p.values().size()));
                    rest /= p.values().size();
                }
                points.add(ordered(point));
            }
            return points;
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] u = new double[samples][parameters.size()];
        for (int k = 0; k < parameters.size(); k++) {
            int[] strata = new int[samples];
            for (int i = 0; i < samples; i++) {
                strata[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < samples; i++) {
                u[i][k] = design == Design.RANDOM ? r.nextDouble() : (strata[i] + r.nextDouble()) / samples;
            }
        }
        for (int i = 0; i < samples; i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            for (int k = 0; k < parameters.size(); k++) {
                Parameter p = parameters.get(k);
                double v = p.low() + u[i][k] * (p.high() - p.low());
                point.put(p.path(), p.integer() ? (double) Math.round(v) : v);
            }
            points.add(point);
        }
        return points;
    }

    private Map<String, Object> ordered(Map<String, Object> point) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            o.put(p.path(), point.get(p.path()));
        }
        return o;
    }

    /** @return how many tasks each point splits into */
    public int shards() {
        return (images + shard - 1) / shard;
    }

    /** @return the spec's digest: two specs with the same text are the same sweep */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
