package org.neuromtj.tools.nir.reference;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;

/**
 * A NIR graph run at full precision, timestep by timestep, as the graph's own semantics have it: every node
 * in the graph's order sums what its edges bring (the value of this timestep, or of the one before on an edge
 * that closes a cycle) and computes its output. Neurons integrate by forward Euler steps of {@code dt}:
 * <pre>
 *   synaptic current (CubaLIF, CubaLI):  i ← i + dt/τ_syn · (w_in·x − i)
 *   LIF, LI, CubaLIF, CubaLI:            v ← v + dt/τ · (v_leak − v + R·I)
 *   IF, I:                               v ← v + dt · R·I
 *   spiking neurons fire when            v > v_threshold, then v ← v_reset (or v − v_threshold: reset_mechanism subtract)
 * </pre>
 * with {@code I} the input (or the synaptic current), membranes starting at {@code v_leak}, currents at 0. A
 * Delay holds each value for its delay, a whole number of timesteps.
 */
public final class ReferenceRun {
    private final NirGraph graph;
    private final double dt;
    private final String input;
    private final String output;
    private final Map<String, double[]> membrane = new HashMap<>();
    private final Map<String, double[]> current = new HashMap<>();
    private final Map<String, ArrayDeque<double[]>> delayed = new HashMap<>();
    /** Each node's edges in and the shape they bring: the graph's, found once rather than every timestep. */
    private final Map<String, List<NirGraph.Edge>> into = new HashMap<>();
    private final Map<String, int[]> inputShapes = new HashMap<>();
    private Map<String, double[]> previous = new HashMap<>();

    /**
     * @param graph the graph, with one Input and one Output
     * @param dt    seconds a timestep
     * @throws NirException if the graph has another number of inputs or outputs, or a delay is not a whole number
     *                      of timesteps
     */
    public ReferenceRun(NirGraph graph, double dt) {
        this.graph = graph;
        this.dt = dt;
        List<String> inputs = graph.named(NirNode.Input.class);
        List<String> outputs = graph.named(NirNode.Output.class);
        if (inputs.size() != 1 || outputs.size() != 1) {
            throw new NirException("a graph run here has one Input and one Output; this one has " + inputs.size()
                    + " and " + outputs.size());
        }
        if (!(dt > 0)) {
            throw new NirException("dt must be a positive number of seconds, not " + dt);
        }
        input = inputs.get(0);
        output = outputs.get(0);
        for (String n : graph.order()) {
            into.put(n, graph.into(n));
            if (!n.equals(input)) {
                inputShapes.put(n, graph.inputShapeOf(n));
            }
        }
        for (String n : graph.order()) {
            if (graph.nodes().get(n) instanceof NirNode.Delay d) {
                int steps = steps(n, d);
                ArrayDeque<double[]> q = new ArrayDeque<>();
                for (int k = 0; k < steps; k++) {
                    q.add(new double[d.delay().length]);
                }
                delayed.put(n, q);
            }
        }
        reset();
    }

    private int steps(String name, NirNode.Delay d) {
        double first = d.delay()[0] / dt;
        for (double v : d.delay()) {
            if (Math.abs(v / dt - first) > 1e-9 || Math.abs(first - Math.rint(first)) > 1e-6 || first < 0) {
                throw new NirException("node " + name + " (Delay): delays must all be the same whole number of timesteps"
                        + " of " + dt + " s");
            }
        }
        return (int) Math.rint(first);
    }

    /** Returns every neuron to rest and every delay to silence, as a new sample begins. */
    public void reset() {
        previous = new HashMap<>();
        for (String n : graph.order()) {
            if (graph.nodes().get(n) instanceof NirNode.Neurons p) {
                double[] v = new double[p.count()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = p.leak(k);
                }
                membrane.put(n, v);
                current.put(n, new double[p.count()]);
            }
        }
        delayed.values().forEach(q -> q.forEach(a -> Arrays.fill(a, 0)));
    }

    /**
     * @param x the Input's values this timestep, flattened
     * @return the Output's values this timestep
     */
    public double[] step(double[] x) {
        Map<String, double[]> now = new HashMap<>();
        for (String n : graph.order()) {
            NirNode node = graph.nodes().get(n);
            if (n.equals(input)) {
                if (x.length != NirNode.size(graph.shapes().get(n))) {
                    throw new NirException("input " + n + " takes " + NirNode.size(graph.shapes().get(n))
                            + " values a timestep, not " + x.length);
                }
                now.put(n, x.clone());
                continue;
            }
            double[] in = null;
            for (NirGraph.Edge e : into.get(n)) {
                double[] v = graph.backEdges().contains(e) ? previous.get(e.from()) : now.get(e.from());
                if (v == null) {
                    v = new double[NirNode.size(graph.shapes().get(e.from()))];
                }
                if (in == null) {
                    in = v.clone();
                } else {
                    for (int k = 0; k < in.length; k++) {
                        in[k] += v[k];
                    }
                }
            }
            now.put(n, evaluate(n, node, in));
        }
        previous = now;
        return now.get(output).clone();
    }

    private double[] evaluate(String name, NirNode node, double[] in) {
        if (node instanceof NirNode.Stateless s) {
            return s.apply(in, inputShapes.get(name));
        }
        if (node instanceof NirNode.Delay) {
            ArrayDeque<double[]> q = delayed.get(name);
            if (q.isEmpty()) {
                return in;
            }
            q.addLast(in);
            return q.removeFirst();
        }
        if (node instanceof NirNode.Neurons p) {
            return neurons(name, p, in);
        }
        return in;
    }

    private double[] neurons(String name, NirNode.Neurons p, double[] x) {
        double[] v = membrane.get(name);
        double[] i = current.get(name);
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            double drive = x[k];
            if (p.tauSyn() != null) {
                i[k] += dt / p.tauSyn()[k] * (p.inputWeight(k) * x[k] - i[k]);
                drive = i[k];
            }
            if (p.tauMem() != null) {
                v[k] += dt / p.tauMem()[k] * (p.leak(k) - v[k] + p.r()[k] * drive);
            } else {
                v[k] += dt * p.r()[k] * drive;
            }
            if (!p.spiking()) {
                out[k] = v[k];
            } else if (v[k] > p.vThreshold()[k]) {
                out[k] = 1;
                v[k] = p.subtract() ? v[k] - p.vThreshold()[k] : p.reset(k);
            }
        }
        return out;
    }

    /**
     * @param samples each sample's inputs, a row a timestep
     * @return each sample's outputs, a row a timestep; every sample starts from rest
     */
    public double[][][] run(double[][][] samples) {
        double[][][] out = new double[samples.length][][];
        for (int s = 0; s < samples.length; s++) {
            reset();
            out[s] = new double[samples[s].length][];
            for (int t = 0; t < samples[s].length; t++) {
                out[s][t] = step(samples[s][t]);
            }
        }
        return out;
    }
}
