package org.neuromtj.tools.nir.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.workload.net.Network;

/**
 * The project's own two-layer network as a NIR graph, so that it travels to the frameworks and back: Input →
 * Linear → IF → Linear → IF → Output, the IF neurons with {@code R = 1/dt} (an input spike adds its weight in a
 * timestep), a threshold just under the network's whole-number one (the graph fires at {@code v > v_threshold},
 * the chip at {@code v ≥ threshold}) and reset by subtraction (node metadata {@code reset_mechanism: subtract}).
 * A bipolar network (silence counting −1) has no NIR form and is refused.
 */
public final class NirExport {
    /** How far under the whole-number threshold the graph's lies: far less than a unit, more than rounding. */
    static final double UNDER = 1e-3;

    private NirExport() {
    }

    /**
     * @param net the network
     * @param dt  seconds a timestep
     * @return its graph
     * @throws NirException if the network is bipolar
     */
    public static NirGraph of(Network net, double dt) {
        if (net.coding() == Network.Coding.BIPOLAR) {
            throw new NirException("a bipolar network (silence counts -1) has no NIR form: NIR's inputs add nothing"
                    + " when silent");
        }
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("input", new NirNode.Input(new int[] {net.inputs()}));
        nodes.put("fc1", new NirNode.Dense(net.hidden(), net.inputs(), doubles(net.w1()), null));
        nodes.put("hidden", neurons(net.hidden(), net.hiddenThreshold(), dt));
        nodes.put("fc2", new NirNode.Dense(net.outputs(), net.hidden(), doubles(net.w2()), null));
        nodes.put("output_neurons", neurons(net.outputs(), net.outputThreshold(), dt));
        nodes.put("output", new NirNode.Output(new int[] {net.outputs()}));
        List<NirGraph.Edge> edges = List.of(new NirGraph.Edge("input", "fc1"), new NirGraph.Edge("fc1", "hidden"),
                new NirGraph.Edge("hidden", "fc2"), new NirGraph.Edge("fc2", "output_neurons"),
                new NirGraph.Edge("output_neurons", "output"));
        return NirGraph.of(nodes, edges);
    }

    private static NirNode.Neurons neurons(int n, int threshold, double dt) {
        double[] r = new double[n];
        Arrays.fill(r, 1 / dt);
        double[] th = new double[n];
        Arrays.fill(th, threshold - UNDER);
        return new NirNode.Neurons("IF", new int[] {n}, null, null, r, null, th, new double[n], null, true);
    }

    private static double[] doubles(byte[] w) {
        double[] d = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            d[k] = w[k];
        }
        return d;
    }
}
