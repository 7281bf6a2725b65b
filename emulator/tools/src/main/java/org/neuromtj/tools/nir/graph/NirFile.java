package org.neuromtj.tools.nir.graph;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.foundation.files.AtomicFile;
import org.neuromtj.tools.nir.NirException;

/**
 * Reads and writes NIR graphs in their HDF5 form: a {@code version} string and a {@code node} group holding
 * the root graph ({@code type} "NIRGraph", a {@code nodes} group of one group a node, each with its {@code type}
 * and one dataset a parameter, and {@code edges}, an (E, 2) dataset of node names), as the reference Python
 * package writes them. Node and graph {@code metadata} groups are read for the entries NeuroMTJ understands:
 * the graph's {@code dt} (seconds a timestep) and a neuron's {@code reset_mechanism} ({@code subtract}).
 */
public final class NirFile {
    /** The NIR format version this code writes. */
    public static final String VERSION = "1.0.0";

    private NirFile() {
    }

    /**
     * A graph as a file holds it.
     *
     * @param graph   the checked graph
     * @param version the file's NIR version
     * @param dt      the graph's metadata {@code dt} in seconds, or NaN where it states none
     */
    public record Contents(NirGraph graph, String version, double dt) {
    }

    /**
     * @param file a .nir file
     * @return its graph, checked
     * @throws NirException naming the file and the node or field that is wrong
     */
    public static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NirException(file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NirException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        // Read from memory: a malformed header that claims more bytes than the file holds then fails at once,
        // where reading it from the file channel allocated and waited for them.
        try (HdfFile h = HdfFile.fromBytes(bytes)) {
            Node root = child(h, "node", file + ": no 'node' group: not a NIR file");
            if (!(root instanceof Group graph)) {
                throw new NirException(file + ": 'node' is not a group: not a NIR file");
            }
            String type = text(graph, "type", file + ": the root node");
            if (!type.equals("NIRGraph")) {
                throw new NirException(file + ": the root node is a " + type + ", not a NIRGraph");
            }
            Node nodesGroup = child(graph, "nodes", file + ": the graph has no 'nodes' group");
            if (!(nodesGroup instanceof Group nodeGroups)) {
                throw new NirException(file + ": 'nodes' is not a group");
            }
            Map<String, NirNode> nodes = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : nodeGroups.getChildren().entrySet()) {
                if (!(e.getValue() instanceof Group g)) {
                    throw new NirException(file + ": node " + e.getKey() + " is not a group");
                }
                nodes.put(e.getKey(), node(e.getKey(), g));
            }
            List<NirGraph.Edge> edges = edges(file, graph);
            String version = graph.getHdfFile().getChild("version") instanceof Dataset v ? String.valueOf(
                    scalar(v.getData())) : "unstated";
            double dt = Double.NaN;
            if (graph.getChild("metadata") instanceof Group meta && meta.getChild("dt") instanceof Dataset d) {
                dt = flat(d.getData())[0];
            }
            try {
                return new Contents(NirGraph.of(nodes, edges), version, dt);
            } catch (NirException e) {
                throw new NirException(file + ": " + e.getMessage());
            }
        } catch (HdfException e) {
            throw new NirException(file + ": not a readable HDF5 file (" + e.getMessage() + ")");
        } catch (NirException e) {
            throw e;
        } catch (RuntimeException e) {
            // The HDF5 reader meets a malformed structure with whatever exception its arithmetic throws.
            throw new NirException(file + ": not a readable HDF5 file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private static Node child(Group g, String name, String missing) {
        Node n = g.getChildren().get(name);
        if (n == null) {
            throw new NirException(missing);
        }
        return n;
    }

    private static List<NirGraph.Edge> edges(Path file, Group graph) {
        Node e = graph.getChildren().get("edges");
        List<NirGraph.Edge> edges = new ArrayList<>();
        if (e == null) {
            return edges;
        }
        if (!(e instanceof Dataset d)) {
            throw new NirException(file + ": 'edges' is not a dataset");
        }
        Object data = d.getData();
        int[] dims = d.getDimensions();
        if (dims.length == 1 && dims[0] == 0) {
            return edges;
        }
        if (dims.length != 2 || dims[1] != 2 || !(data instanceof String[][] pairs)) {
            throw new NirException(file + ": 'edges' must be an (E, 2) array of node names, not "
                    + Arrays.toString(dims) + " of " + d.getJavaType().getSimpleName());
        }
        for (String[] p : pairs) {
            edges.add(new NirGraph.Edge(p[0], p[1]));
        }
        return edges;
    }

    /** One node's group as its primitive. */
    private static NirNode node(String name, Group g) {
        String type = text(g, "type", "node " + name);
        Fields f = new Fields(name, type, g);
        return switch (type) {
            case "Input" -> new NirNode.Input(f.ints("shape"));
            case "Output" -> new NirNode.Output(f.ints("shape"));
            case "Linear", "Affine" -> {
                int[] shape = f.shape("weight");
                if (shape.length != 2) {
                    throw new NirException("node " + name + " (" + type + "): weight must be (out, in), not "
                            + Arrays.toString(shape));
                }
                double[] bias = type.equals("Affine") ? f.numbers("bias") : null;
                if (bias != null && bias.length != shape[0]) {
                    throw new NirException("node " + name + " (Affine): " + bias.length + " biases for " + shape[0]
                            + " outputs");
                }
                yield new NirNode.Dense(shape[0], shape[1], f.numbers("weight"), bias);
            }
            case "Conv1d", "Conv2d" -> conv(name, type, f);
            case "SumPool2d" -> new NirNode.SumPool(f.pair("kernel_size"), f.pair("stride"), f.pair("padding"));
            case "Flatten" -> new NirNode.Flatten((int) f.numbers("start_dim")[0], (int) f.numbers("end_dim")[0],
                    f.has("input_type") ? f.ints("input_type") : null);
            case "Scale" -> new NirNode.Scale(f.numbers("scale"));
            case "Threshold" -> new NirNode.Threshold(f.numbers("threshold"));
            case "Delay" -> new NirNode.Delay(f.numbers("delay"));
            case "LIF", "IF", "CubaLIF", "LI", "I", "CubaLI" -> neurons(name, type, f, g);
            case "NIRGraph" -> throw new NirException("node " + name + " is a nested NIRGraph; NeuroMTJ reads flat graphs"
                    + " (flatten it before export)");
            default -> throw new NirException("node " + name + " has the unknown primitive " + type);
        };
    }

    private static NirNode.Conv conv(String name, String type, Fields f) {
        int dims = type.equals("Conv1d") ? 1 : 2;
        int[] shape = f.shape("weight");
        if (shape.length != dims + 2) {
            throw new NirException("node " + name + " (" + type + "): weight must have " + (dims + 2) + " dimensions,"
                    + " not " + Arrays.toString(shape));
        }
        int groups = (int) f.numbers("groups")[0];
        if (groups < 1 || shape[0] % groups != 0) {
            throw new NirException("node " + name + " (" + type + "): " + shape[0] + " output channels do not split"
                    + " into " + groups + " groups");
        }
        double[] bias = f.numbers("bias");
        if (bias.length == 1 && shape[0] > 1) {
            bias = filled(shape[0], bias[0]);
        }
        if (bias.length != shape[0]) {
            throw new NirException("node " + name + " (" + type + "): " + bias.length + " biases for " + shape[0]
                    + " output channels");
        }
        int[] kernel = Arrays.copyOfRange(shape, 2, shape.length);
        return new NirNode.Conv(shape, f.numbers("weight"), f.spatial("stride", dims), f.padding(kernel),
                f.spatial("dilation", dims), groups, bias, f.has("input_shape") ? f.ints("input_shape") : null);
    }

    private static NirNode.Neurons neurons(String name, String type, Fields f, Group g) {
        boolean cuba = type.startsWith("Cuba");
        boolean timeless = type.equals("IF") || type.equals("I");
        boolean spiking = type.endsWith("F");
        String tau = cuba ? "tau_mem" : "tau";
        double[] r = f.numbers("r");
        int[] shape = f.shape(spiking ? "v_threshold" : "r");
        int n = NirNode.size(shape);
        double[][] p = {
            timeless ? null : f.numbers(tau), cuba ? f.numbers("tau_syn") : null, r,
            timeless ? null : f.numbers("v_leak"), spiking ? f.numbers("v_threshold") : null,
            spiking && f.has("v_reset") ? f.numbers("v_reset") : null, cuba && f.has("w_in") ? f.numbers("w_in") : null};
        String[] names = {tau, "tau_syn", "r", "v_leak", "v_threshold", "v_reset", "w_in"};
        for (int k = 0; k < p.length; k++) {
            if (p[k] != null && p[k].length == 1 && n > 1) {
                p[k] = filled(n, p[k][0]);
            }
            if (p[k] != null && p[k].length != n) {
                throw new NirException("node " + name + " (" + type + "): " + names[k] + " has " + p[k].length
                        + " values for " + n + " neurons");
            }
        }
        for (int k : new int[] {0, 1}) {
            if (p[k] != null && Arrays.stream(p[k]).anyMatch(v -> !(v > 0))) {
                throw new NirException("node " + name + " (" + type + "): " + names[k] + " must be positive seconds");
            }
        }
        boolean subtract = false;
        if (g.getChild("metadata") instanceof Group meta && meta.getChild("reset_mechanism") instanceof Dataset d) {
            String mechanism = String.valueOf(scalar(d.getData()));
            if (!mechanism.equals("subtract") && !mechanism.equals("zero")) {
                throw new NirException("node " + name + " (" + type + "): reset_mechanism " + mechanism + " is neither"
                        + " subtract nor zero");
            }
            subtract = mechanism.equals("subtract");
        }
        return new NirNode.Neurons(type, shape, p[0], p[1], p[2], p[3], p[4], p[5], p[6], subtract);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** A node's parameters, each read with a message naming the node when it is missing or not numbers. */
    private record Fields(String name, String type, Group group) {
        boolean has(String key) {
            return group.getChildren().get(key) instanceof Dataset;
        }

        Dataset dataset(String key) {
            if (!(group.getChildren().get(key) instanceof Dataset d)) {
                throw new NirException("node " + name + " (" + type + "): missing " + key);
            }
            return d;
        }

        double[] numbers(String key) {
            Dataset d = dataset(key);
            try {
                return flat(d.getData());
            } catch (IllegalArgumentException e) {
                throw new NirException("node " + name + " (" + type + "): " + key + " is not numbers");
            }
        }

        int[] shape(String key) {
            Dataset d = dataset(key);
            return d.isScalar() ? new int[] {1} : d.getDimensions();
        }

        int[] ints(String key) {
            double[] v = numbers(key);
            int[] out = new int[v.length];
            for (int k = 0; k < v.length; k++) {
                out[k] = (int) v[k];
                if (out[k] != v[k] || out[k] < 0) {
                    throw new NirException("node " + name + " (" + type + "): " + key + " must be whole numbers, not "
                            + Arrays.toString(v));
                }
            }
            return out;
        }

        int[] spatial(String key, int dims) {
            int[] v = ints(key);
            if (v.length == 1 && dims > 1) {
                return new int[] {v[0], v[0]};
            }
            if (v.length != dims) {
                throw new NirException("node " + name + " (" + type + "): " + key + " must give " + dims + " values, not "
                        + Arrays.toString(v));
            }
            return v;
        }

        int[] pair(String key) {
            return spatial(key, 2);
        }

        /** Padding as numbers, or 'valid' (none) or 'same' (half the kernel each side, for stride 1). */
        int[] padding(int[] kernel) {
            Object p = dataset("padding").getData();
            if (scalar(p) instanceof String s) {
                return switch (s) {
                    case "valid" -> new int[kernel.length];
                    case "same" -> Arrays.stream(kernel).map(k -> (k - 1) / 2).toArray();
                    default -> throw new NirException("node " + name + " (" + type + "): padding " + s
                            + " is not a number, 'same' or 'valid'");
                };
            }
            return spatial("padding", kernel.length);
        }
    }

    private static String text(Group g, String key, String what) {
        if (!(g.getChildren().get(key) instanceof Dataset d) || !(scalar(d.getData()) instanceof String s)) {
            throw new NirException(what + " has no '" + key + "' text");
        }
        return s;
    }

    /** A scalar dataset's value, or a one-element array's only element. */
    private static Object scalar(Object data) {
        if (data != null && data.getClass().isArray() && Array.getLength(data) == 1) {
            return scalar(Array.get(data, 0));
        }
        return data;
    }

    /** Any numeric dataset (scalar, or an array of any rank and primitive type) as doubles, row-major. */
    static double[] flat(Object data) {
        List<Double> out = new ArrayList<>();
        collect(data, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(Object data, List<Double> out) {
        if (data instanceof Number n) {
            out.add(n.doubleValue());
        } else if (data instanceof Boolean b) {
            out.add(b ? 1.0 : 0.0);
        } else if (data != null && data.getClass().isArray()) {
            for (int k = 0; k < Array.getLength(data); k++) {
                collect(Array.get(data, k), out);
            }
        } else {
            throw new IllegalArgumentException("not a number: " + data);
        }
    }

    /**
     * Writes a graph as the reference package does.
     *
     * @param file  where
     * @param graph the graph
     * @param dt    seconds a timestep, kept in the graph's metadata (NaN: none)
     * @throws NirException if the file cannot be written
     */
    public static void write(Path file, NirGraph graph, double dt) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (WritableHdfFile h = HdfFile.write(tmp)) {
                h.putDataset("version", VERSION);
                WritableGroup root = h.putGroup("node");
                root.putDataset("type", "NIRGraph");
                String[][] edges = graph.edges().stream().map(e -> new String[] {e.from(), e.to()})
                        .toArray(String[][]::new);
                root.putDataset("edges", edges);
                WritableGroup nodes = root.putGroup("nodes");
                graph.nodes().forEach((name, node) -> write(nodes.putGroup(name), node));
                if (!Double.isNaN(dt)) {
                    root.putGroup("metadata").putDataset("dt", dt);
                }
            }
            try {
                AtomicFile.write(file, Files.readAllBytes(tmp));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | HdfException e) {
            throw new NirException(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }

    private static void write(WritableGroup g, NirNode node) {
        g.putDataset("type", node.type());
        if (node instanceof NirNode.Input in) {
            g.putDataset("shape", longs(in.shape()));
        } else if (node instanceof NirNode.Output out) {
            g.putDataset("shape", longs(out.shape()));
        } else if (node instanceof NirNode.Dense d) {
            g.putDataset("weight", shaped(d.weight(), new int[] {d.out(), d.in()}));
            if (d.bias() != null) {
                g.putDataset("bias", d.bias());
            }
        } else if (node instanceof NirNode.Conv c) {
            g.putDataset("weight", shaped(c.weight(), c.weightShape()));
            g.putDataset("stride", longs(c.stride()));
            g.putDataset("padding", longs(c.padding()));
            g.putDataset("dilation", longs(c.dilation()));
            g.putDataset("groups", (long) c.groups());
            g.putDataset("bias", c.bias());
            if (c.inputShape() != null) {
                g.putDataset("input_shape", longs(c.inputShape()));
            }
        } else if (node instanceof NirNode.SumPool p) {
            g.putDataset("kernel_size", longs(p.kernel()));
            g.putDataset("stride", longs(p.stride()));
            g.putDataset("padding", longs(p.padding()));
        } else if (node instanceof NirNode.Flatten f) {
            g.putDataset("start_dim", (long) f.startDim());
            g.putDataset("end_dim", (long) f.endDim());
            if (f.inputType() != null) {
                g.putDataset("input_type", longs(f.inputType()));
            }
        } else if (node instanceof NirNode.Scale s) {
            g.putDataset("scale", s.scale());
        } else if (node instanceof NirNode.Threshold t) {
            g.putDataset("threshold", t.threshold());
        } else if (node instanceof NirNode.Delay d) {
            g.putDataset("delay", d.delay());
        } else {
            writeNeurons(g, (NirNode.Neurons) node);
        }
    }

    private static void writeNeurons(WritableGroup g, NirNode.Neurons n) {
        boolean cuba = n.type().startsWith("Cuba");
        Map<String, double[]> fields = new LinkedHashMap<>();
        fields.put(cuba ? "tau_mem" : "tau", n.tauMem());
        fields.put("tau_syn", n.tauSyn());
        fields.put("r", n.r());
        fields.put("v_leak", n.vLeak());
        fields.put("v_threshold", n.vThreshold());
        fields.put("v_reset", n.vReset());
        fields.put("w_in", n.wIn());
        fields.forEach((k, v) -> {
            if (v != null) {
                g.putDataset(k, shaped(v, n.shape()));
            }
        });
        if (n.subtract()) {
            g.putGroup("metadata").putDataset("reset_mechanism", "subtract");
        }
    }

    private static long[] longs(int[] v) {
        return Arrays.stream(v).asLongStream().toArray();
    }

    /** A flat array as a Java array of the shape's rank, as the HDF5 writer takes it. */
    private static Object shaped(double[] flat, int[] shape) {
        if (shape.length == 1) {
            return flat.clone();
        }
        Object a = Array.newInstance(double.class, shape);
        int[] at = {0};
        fill(a, flat, at);
        return a;
    }

    private static void fill(Object a, double[] flat, int[] at) {
        if (a instanceof double[] row) {
            System.arraycopy(flat, at[0], row, 0, row.length);
            at[0] += row.length;
            return;
        }
        for (int k = 0; k < Array.getLength(a); k++) {
            fill(Array.get(a, k), flat, at);
        }
    }
}
