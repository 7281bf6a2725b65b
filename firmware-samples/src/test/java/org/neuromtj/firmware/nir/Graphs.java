package org.neuromtj.firmware.nir;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;

/** Small NIR graphs the tests build, following the specification's primitives. */
final class Graphs {
    private final Map<String, NirNode> nodes = new LinkedHashMap<>();
    private final List<NirGraph.Edge> edges = new java.util.ArrayList<>();

    Graphs node(String name, NirNode node) {
        nodes.put(name, node);
        return this;
    }

    Graphs edge(String from, String to) {
        edges.add(new NirGraph.Edge(from, to));
        return this;
    }

    NirGraph graph() {
        return NirGraph.of(nodes, edges);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** LIF neurons: τ, R = 1, v_leak = 0, the threshold, reset to 0. */
    static NirNode.Neurons lif(int n, double tau, double threshold) {
        return new NirNode.Neurons("LIF", new int[] {n}, filled(n, tau), null, filled(n, 1), filled(n, 0),
                filled(n, threshold), filled(n, 0), null, false);
    }

    /** IF neurons: R, the threshold, reset to 0 (or by subtraction). */
    static NirNode.Neurons integrateFire(int n, double r, double threshold, boolean subtract) {
        return new NirNode.Neurons("IF", new int[] {n}, null, null, filled(n, r), null, filled(n, threshold),
                filled(n, 0), null, subtract);
    }

    static NirNode.Dense linear(int out, int in, double[] weight) {
        return new NirNode.Dense(out, in, weight, null);
    }

    private Graphs() {
    }

    static Graphs start() {
        return new Graphs();
    }
}
