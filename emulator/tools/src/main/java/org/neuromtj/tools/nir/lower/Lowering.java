package org.neuromtj.tools.nir.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Layer;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.map.MappingException;

/**
 * Lowers a NIR graph onto the chip. Every spiking population (LIF, IF, CubaLIF) becomes a layer of CMOS LIF
 * neurons; the stateless nodes on the paths into it (Linear, Affine, Conv1d/2d unrolled, SumPool2d, Flatten,
 * Scale) are multiplied out into one weight matrix a source (the Input, an earlier layer, the layer itself for
 * recurrence) and a bias, which become the layer's crossbar rows: the source's spikes drive rows, the bias rows
 * that the firmware drives every timestep.
 *
 * <p>A neuron's Euler step {@code v ← v + a·(v_leak − v) + g·(W x + b)} (a = dt/τ and g = dt·R/τ for LIF, a = 0
 * and g = dt·R for IF; CubaLIF only where τ_syn = dt, its current then passing within the timestep) is held
 * as {@code u = K·(v − v_leak)/(v_threshold − v_leak)}: the crossbar adds {@code round(K·g·W/θ)} levels, the
 * chip's leak multiplies by {@code (4096 − d)/4096} with {@code d = round(4096·a)}, and a neuron fires at
 * {@code u ≥ floor(K) + 1}, which for whole-number sums is the graph's {@code v > v_threshold}. K is as large as
 * the cells' levels allow. Reset to {@code v_reset = v_leak} is the chip's reset to zero; reset_mechanism
 * subtract is its reset by subtraction. What this holds only approximately (weights and biases rounded to
 * levels, the leak's fixed point, a subtraction of a whole-number threshold) is stated, with its size; what
 * the chip cannot hold is refused, naming the node.
 */
public final class Lowering {
    private static final double EXACT = 1e-9;

    private Lowering() {
    }

    /**
     * A graph on the chip.
     *
     * @param image          the chip image
     * @param tile           the tile file with the neurons' leak and reset set for the graph
     * @param layers         the layers' nodes, the answering one last
     * @param latency        timesteps the answering layer's spikes lag the graph's (a timestep a hop)
     * @param approximations what the chip holds only approximately, and by how much
     */
    public record Lowered(ChipImage image, ConfigNode tile, List<String> layers, int latency,
                          List<String> approximations) {
    }

    /** The weights into a node from each source, a column a source element, and its bias. */
    private record Feed(Map<String, double[][]> bySource, double[] bias) {
    }

    /**
     * @param graph      the graph
     * @param dt         seconds a timestep
     * @param chip       the chip's shape
     * @param tileFile   the tile file, whose neurons' leak and reset the lowering sets
     * @param cellLevels levels a cell holds (the technology's)
     * @param levels     spikes a full-scale input makes, recorded in the image
     * @param timesteps  timesteps a sample runs, recorded in the image
     * @return the lowered graph
     * @throws NirException naming the node the chip cannot hold and why
     */
    public static Lowered lower(NirGraph graph, double dt, ChipShape chip, ConfigNode tileFile, int cellLevels,
                                int levels, int timesteps) {
        TileConfig tile = TileConfig.read(tileFile);
        if (tile.neurons().model() != TileConfig.Model.CMOS_LIF) {
            throw new NirException("the tile's neurons are " + tile.neurons().model().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + "; an imported graph runs on cmos-lif neurons, whose integration is exact");
        }
        if (chip.xnor() || !chip.signed() || chip.weightBits() != 1) {
            throw new NirException("an imported graph needs signed synapses of one cell a sign (differential pairs of"
                    + " bypass cells, synapses.weight_bits 1); this tile has " + chip.describe());
        }
        List<String> inputs = graph.named(NirNode.Input.class);
        List<String> outputs = graph.named(NirNode.Output.class);
        if (inputs.size() != 1 || outputs.size() != 1) {
            throw new NirException("the chip takes one Input and answers on one Output; the graph has " + inputs.size()
                    + " and " + outputs.size());
        }
        String input = inputs.get(0);
        List<NirGraph.Edge> last = graph.into(outputs.get(0));
        if (last.size() != 1 || !(graph.nodes().get(last.get(0).from()) instanceof NirNode.Neurons answer)
                || !answer.spiking()) {
            throw new NirException("output " + outputs.get(0) + " is fed by " + String.join(" and ", last.stream()
                    .map(e -> e.from() + " (" + graph.nodes().get(e.from()).type() + ")").toList()) + "; the chip"
                    + " answers with one spiking layer's spikes: end the graph with LIF, IF or CubaLIF neurons");
        }
        String answering = last.get(0).from();
        for (String n : graph.order()) {
            refuseWhatTheChipCannotHold(n, graph.nodes().get(n), dt);
        }
        List<String> layers = new ArrayList<>(graph.order().stream().filter(n -> graph.nodes().get(n)
                instanceof NirNode.Neurons).filter(n -> !n.equals(answering)).toList());
        layers.add(answering);

        Map<String, Feed> feeds = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Map<String, Feed> into = new LinkedHashMap<>();
        for (String n : graph.order()) {
            if (layers.contains(n)) {
                Feed f = sum(graph.into(n).stream().map(e -> feed(graph, e.from(), input, layers, feeds)).toList(),
                        ((NirNode.Neurons) graph.nodes().get(n)).count());
                into.put(n, f);
                depth.put(n, depth(graph, n, f, input, depth));
            }
        }
        for (String n : layers) {
            for (String s : into.get(n).bySource().keySet()) {
                if (!s.equals(input) && !before(graph, s, n) && !depth.get(s).equals(depth.get(n))) {
                    throw new NirException("layer " + n + " takes the previous timestep's spikes of " + s + ", a layer "
                            + (depth.get(s) - depth.get(n)) + " hops further from the input: the chip delays each hop by"
                            + " a timestep, so only a layer's own spikes (or its peers') can feed it back");
                }
            }
        }

        double a = leak(graph, layers, dt);
        boolean subtract = ((NirNode.Neurons) graph.nodes().get(layers.get(0))).subtract();
        for (String n : layers) {
            if (((NirNode.Neurons) graph.nodes().get(n)).subtract() != subtract) {
                throw new NirException("layer " + n + " resets " + (subtract ? "to v_reset" : "by subtraction") + " and "
                        + layers.get(0) + " the other way; the chip's neurons share one reset");
            }
        }
        List<String> approximations = new ArrayList<>();
        int unit = 1 << LifConfig.DECAY_FRACTION_BITS;
        int decay = (int) Math.round(unit * a);
        if (Math.abs(unit * a - decay) > EXACT) {
            approximations.add(String.format(Locale.ROOT, "leak: dt/τ = %.6g held as %d/%d = %.6g (%.3g %% off),"
                    + " its product floored to whole units each timestep", a, decay, unit, (double) decay / unit,
                    100 * Math.abs((double) decay / unit - a) / a));
        } else if (decay != 0) {
            approximations.add("leak: dt/τ = " + decay + "/" + unit + " exactly, its product floored to whole units"
                    + " each timestep");
        }
        LifConfig lif = tile.neurons().lif();
        int maxThreshold = (1 << (lif.membraneBits() - 1)) - 1;
        List<Layer> placed = new ArrayList<>();
        for (String n : layers) {
            placed.add(layer(graph, n, into.get(n), input, layers, cellLevels - 1, subtract, maxThreshold, chip.rows(),
                    approximations, dt));
        }
        ChipImage image;
        try {
            image = Mapper.place(chip, placed, NirNode.size(graph.shapes().get(input)), levels, timesteps);
        } catch (MappingException e) {
            throw new NirException("the graph does not fit the chip: " + e.getMessage());
        }
        ConfigNode t = tileFile.withText("neurons.cmos_lif.leak", "multiply").with("neurons.cmos_lif.decay", decay)
                .withText("neurons.cmos_lif.reset", subtract ? "subtract" : "zero");
        return new Lowered(image, t, List.copyOf(layers), depth.get(answering) - 1, List.copyOf(approximations));
    }

    private static void refuseWhatTheChipCannotHold(String name, NirNode node, double dt) {
        String why = null;
        if (node instanceof NirNode.Delay) {
            why = "the chip's only delay is a timestep a hop; it holds no Delay";
        } else if (node instanceof NirNode.Threshold) {
            why = "the chip's spikes come from neurons; a Threshold of a stateless value has no place on it";
        } else if (node instanceof NirNode.Neurons p && !p.spiking()) {
            why = "the chip's neurons spike, and their membranes are not read out; end the graph with LIF, IF or CubaLIF";
        } else if (node instanceof NirNode.Neurons p && p.tauSyn() != null) {
            for (double tau : p.tauSyn()) {
                if (Math.abs(dt / tau - 1) > EXACT) {
                    why = "its synaptic current outlasts a timestep (dt/τ_syn = " + dt / tau + "); the chip's neurons"
                            + " hold no synaptic current, so only τ_syn = dt (the current passing within the timestep)"
                            + " is held";
                    break;
                }
            }
        }
        if (why != null) {
            throw new NirException("node " + name + " (" + node.type() + "): " + why);
        }
    }

    /** Whether s comes before n in the graph's order: its spikes reach n in the same timestep of the graph. */
    private static boolean before(NirGraph graph, String s, String n) {
        return graph.order().indexOf(s) < graph.order().indexOf(n);
    }

    /** A layer's hops from the input: one more than every layer that feeds it forward, all of which must agree. */
    private static int depth(NirGraph graph, String n, Feed f, String input, Map<String, Integer> depth) {
        Integer d = null;
        String from = null;
        for (String s : f.bySource().keySet()) {
            if (!s.equals(input) && !before(graph, s, n)) {
                continue;
            }
            int here = s.equals(input) ? 1 : depth.get(s) + 1;
            if (d != null && d != here) {
                throw new NirException("layer " + n + " takes spikes from " + from + " and " + s + " over paths of "
                        + (d - 1) + " and " + (here - 1) + " layers: the chip delays each hop by a timestep, so the"
                        + " two would arrive at different times");
            }
            d = here;
            from = s;
        }
        if (d == null) {
            throw new NirException("layer " + n + " is fed only by its own or later layers' spikes");
        }
        return d;
    }

    /** The leak every layer shares: dt/τ (0 for IF). */
    private static double leak(NirGraph graph, List<String> layers, double dt) {
        Double shared = null;
        String first = null;
        for (String n : layers) {
            NirNode.Neurons p = (NirNode.Neurons) graph.nodes().get(n);
            for (int k = 0; k < p.count(); k++) {
                double here = p.tauMem() == null ? 0 : dt / p.tauMem()[k];
                if (here > 1) {
                    throw new NirException("layer " + n + ": τ = " + p.tauMem()[k] + " s is shorter than a timestep of "
                            + dt + " s; the Euler step would overshoot");
                }
                if (shared == null) {
                    shared = here;
                    first = n;
                } else if (Math.abs(here - shared) > EXACT * Math.max(1, shared)) {
                    throw new NirException("layer " + n + " leaks dt/τ = " + here + " a timestep and " + first + " "
                            + shared + "; the chip's neurons share one leak");
                }
            }
        }
        return shared;
    }

    /** A neuron's gain: what a unit of input adds to its membrane in a timestep. */
    private static double gain(NirNode.Neurons p, int k, double dt) {
        double g = p.tauMem() == null ? dt * p.r()[k] : dt / p.tauMem()[k] * p.r()[k];
        return g * p.inputWeight(k);
    }

    /**
     * What leaves a node, as weights from each source (the Input and the spiking layers, each its own identity)
     * and a bias: a stateless node applies itself to what its edges bring.
     */
    private static Feed feed(NirGraph graph, String n, String input, List<String> layers, Map<String, Feed> feeds) {
        Feed known = feeds.get(n);
        if (known != null) {
            return known;
        }
        int size = NirNode.size(graph.shapes().get(n));
        Feed f;
        if (n.equals(input) || layers.contains(n)) {
            Map<String, double[][]> self = new LinkedHashMap<>();
            self.put(n, null);
            f = new Feed(self, new double[size]);
        } else {
            NirNode.Stateless node = (NirNode.Stateless) graph.nodes().get(n);
            int[] inShape = graph.inputShapeOf(n);
            Feed in = sum(graph.into(n).stream().map(e -> feed(graph, e.from(), input, layers, feeds)).toList(),
                    NirNode.size(inShape));
            double[] zero = node.apply(new double[NirNode.size(inShape)], inShape);
            Map<String, double[][]> by = new LinkedHashMap<>();
            in.bySource().forEach((source, columns) -> {
                int width = columns == null ? NirNode.size(inShape) : columns.length;
                double[][] out = new double[width][];
                for (int c = 0; c < width; c++) {
                    double[] col = columns == null ? unit(NirNode.size(inShape), c) : columns[c];
                    double[] y = node.apply(col, inShape);
                    for (int k = 0; k < y.length; k++) {
                        y[k] -= zero[k];
                    }
                    out[c] = y;
                }
                by.put(source, out);
            });
            f = new Feed(by, node.apply(in.bias(), inShape));
        }
        feeds.put(n, f);
        return f;
    }

    private static double[] unit(int size, int k) {
        double[] u = new double[size];
        u[k] = 1;
        return u;
    }

    /** Feeds summed, as a node sums its edges. */
    private static Feed sum(List<Feed> parts, int size) {
        Map<String, double[][]> by = new LinkedHashMap<>();
        double[] bias = new double[size];
        for (Feed p : parts) {
            for (int k = 0; k < size; k++) {
                bias[k] += p.bias()[k];
            }
            p.bySource().forEach((source, columns) -> {
                double[][] explicit = columns == null ? identity(size) : columns;
                by.merge(source, explicit, (x, y) -> {
                    double[][] z = new double[x.length][size];
                    for (int c = 0; c < x.length; c++) {
                        for (int k = 0; k < size; k++) {
                            z[c][k] = x[c][k] + y[c][k];
                        }
                    }
                    return z;
                });
            });
        }
        return new Feed(by, bias);
    }

    private static double[][] identity(int size) {
        double[][] m = new double[size][];
        for (int c = 0; c < size; c++) {
            m[c] = unit(size, c);
        }
        return m;
    }

    /**
     * A population as the mapper places it: its rows (the Input's first, then the layers' in their order, then the
     * bias rows), its weights in levels and its threshold, with what rounding cost.
     */
    private static Layer layer(NirGraph graph, String n, Feed f, String input, List<String> layers, int top,
                               boolean subtract, int maxThreshold, int tileRows, List<String> approximations,
                               double dt) {
        NirNode.Neurons p = (NirNode.Neurons) graph.nodes().get(n);
        int count = p.count();
        double[] scale = new double[count];
        for (int k = 0; k < count; k++) {
            double theta = p.vThreshold()[k] - p.leak(k);
            if (!(theta > 0)) {
                throw new NirException("layer " + n + ": neuron " + k + "'s threshold " + p.vThreshold()[k]
                        + " is not above its leak potential " + p.leak(k) + "; it would fire at rest");
            }
            if (!p.subtract() && Math.abs(p.reset(k) - p.leak(k)) > EXACT) {
                throw new NirException("layer " + n + ": neuron " + k + " resets to " + p.reset(k) + ", not to its leak"
                        + " potential " + p.leak(k) + "; the chip's neurons reset to rest or by subtraction");
            }
            scale[k] = gain(p, k, dt) / theta;
        }
        List<String> sources = new ArrayList<>(f.bySource().keySet());
        sources.sort((x, y) -> Integer.compare(x.equals(input) ? -1 : layers.indexOf(x), y.equals(input) ? -1
                : layers.indexOf(y)));
        double largest = 0;
        for (String s : sources) {
            for (double[] column : f.bySource().get(s)) {
                for (int k = 0; k < count; k++) {
                    largest = Math.max(largest, Math.abs(scale[k] * column[k]));
                }
            }
        }
        for (int k = 0; k < count; k++) {
            largest = Math.max(largest, Math.abs(scale[k] * f.bias()[k]) / Math.max(1, tileRows));
        }
        if (largest == 0) {
            throw new NirException("layer " + n + " receives nothing: every weight into it is zero");
        }
        double big = top / largest;
        int threshold = (int) Math.floor(big) + 1;
        if (threshold > maxThreshold) {
            big = maxThreshold - 1;
            threshold = maxThreshold;
        }
        int rows = 0;
        List<Layer.Source> placed = new ArrayList<>();
        List<double[][]> blocks = new ArrayList<>();
        for (String s : sources) {
            placed.add(new Layer.Source(s.equals(input) ? Layer.HOST : layers.indexOf(s), rows));
            blocks.add(f.bySource().get(s));
            rows += f.bySource().get(s).length;
        }
        int[] biasLevels = new int[count];
        int biasRows = 0;
        for (int k = 0; k < count; k++) {
            biasLevels[k] = (int) Math.round(big * scale[k] * f.bias()[k]);
            biasRows = Math.max(biasRows, (Math.abs(biasLevels[k]) + top - 1) / top);
        }
        int inputRows = rows;
        int total = rows + biasRows;
        if (total > tileRows) {
            throw new NirException("layer " + n + " needs " + total + " rows (" + inputRows + " of inputs, " + biasRows
                    + " of bias); a tile has " + tileRows);
        }
        int[][] q = new int[total][count];
        double worst = 0;
        double sumError = 0;
        long terms = 0;
        int row = 0;
        for (double[][] block : blocks) {
            for (double[] column : block) {
                for (int k = 0; k < count; k++) {
                    double exact = big * scale[k] * column[k];
                    q[row][k] = (int) Math.round(exact);
                    double e = Math.abs(exact - q[row][k]) / big;
                    worst = Math.max(worst, e);
                    sumError += e;
                    terms++;
                }
                row++;
            }
        }
        for (int k = 0; k < count; k++) {
            int left = biasLevels[k];
            for (int b = 0; b < biasRows; b++) {
                int share = Math.max(-top, Math.min(top, left));
                q[inputRows + b][k] = share;
                left -= share;
            }
        }
        if (worst > EXACT) {
            approximations.add(String.format(Locale.ROOT, "layer %s: weights held as whole levels (%d a sign) of"
                    + " 1/%.4g of its threshold: rounding moves a weight by at most %.3g %% of the threshold (mean"
                    + " %.3g %%)", n, top, big, 100 * worst, 100 * sumError / Math.max(1, terms)));
        }
        if (subtract && Math.abs(big - Math.rint(big)) > EXACT) {
            approximations.add(String.format(Locale.ROOT, "layer %s: a spike subtracts %d levels where the graph"
                    + " subtracts its threshold, %.4g levels", n, threshold, big));
        }
        int[][] weights = q;
        return new Layer(total, count, threshold, placed, (r, k) -> weights[r][k], biasRows);
    }
}
