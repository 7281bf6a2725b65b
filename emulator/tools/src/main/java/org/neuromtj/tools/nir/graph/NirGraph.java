package org.neuromtj.tools.nir.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neuromtj.tools.nir.NirException;

/**
 * A checked NIR graph: its nodes by name, its edges, an order to evaluate them in, the edges that close cycles
 * (which carry the previous timestep's values, as recurrent layers in the frameworks do) and every node's output
 * shape. Building one checks the graph: every edge joins two nodes, every node lies on a path from an Input to
 * an Output, every cycle passes through a neuron or a delay, and the shapes agree along every edge.
 *
 * @param nodes     the nodes by name, sorted
 * @param edges     the edges, in the file's order
 * @param order     the nodes in an order where each follows the sources of its forward edges
 * @param backEdges the edges that close a cycle
 * @param shapes    each node's output shape
 */
public record NirGraph(Map<String, NirNode> nodes, List<Edge> edges, List<String> order, Set<Edge> backEdges,
                       Map<String, int[]> shapes) {
    /**
     * An edge: the source's output is summed into the target's input.
     *
     * @param from the source node
     * @param to   the target node
     */
    public record Edge(String from, String to) {
        @Override
        public String toString() {
            return from + " → " + to;
        }
    }

    /**
     * @param nodes the nodes by name
     * @param edges the edges
     * @return the checked graph
     * @throws NirException naming the node or edge that is wrong
     */
    public static NirGraph of(Map<String, NirNode> nodes, List<Edge> edges) {
        Map<String, NirNode> sorted = Collections.unmodifiableMap(new TreeMap<>(nodes));
        if (sorted.isEmpty()) {
            throw new NirException("the graph has no nodes");
        }
        Map<String, List<String>> next = new HashMap<>();
        Map<String, List<String>> previous = new HashMap<>();
        for (Edge e : edges) {
            for (String end : List.of(e.from(), e.to())) {
                if (!sorted.containsKey(end)) {
                    throw new NirException("edge " + e + ": there is no node named " + end);
                }
            }
            if (sorted.get(e.to()) instanceof NirNode.Input) {
                throw new NirException("edge " + e + ": " + e.to() + " is an Input, which nothing feeds");
            }
            if (sorted.get(e.from()) instanceof NirNode.Output) {
                throw new NirException("edge " + e + ": " + e.from() + " is an Output, which feeds nothing");
            }
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            previous.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        List<String> inputs = names(sorted, NirNode.Input.class);
        List<String> outputs = names(sorted, NirNode.Output.class);
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new NirException("the graph needs an Input and an Output node; it has " + inputs.size()
                    + " Input and " + outputs.size() + " Output nodes");
        }
        Set<String> reached = reach(inputs, next);
        Set<String> reaching = reach(outputs, previous);
        for (String n : sorted.keySet()) {
            if (!reached.contains(n)) {
                throw new NirException("node " + n + " (" + sorted.get(n).type() + ") is not reached from any Input");
            }
            if (!reaching.contains(n)) {
                throw new NirException("node " + n + " (" + sorted.get(n).type() + ") leads to no Output");
            }
        }
        Set<Edge> back = backEdges(inputs, edges);
        List<String> order = order(sorted.keySet(), edges, back);
        for (Edge e : back) {
            checkCycle(e, sorted, edges, back);
        }
        Map<String, int[]> shapes = shapes(sorted, edges, order);
        return new NirGraph(sorted, List.copyOf(edges), List.copyOf(order), Set.copyOf(back),
                Collections.unmodifiableMap(shapes));
    }

    private static List<String> names(Map<String, NirNode> nodes, Class<? extends NirNode> kind) {
        return nodes.entrySet().stream().filter(e -> kind.isInstance(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Set<String> reach(List<String> from, Map<String, List<String>> links) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (String n : links.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }

    /** The edges a depth-first walk from the inputs (in name order, edges in file order) finds closing a cycle. */
    private static Set<Edge> backEdges(List<String> inputs, List<Edge> edges) {
        Set<Edge> back = new LinkedHashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String in : inputs) {
            walk(in, edges, done, onPath, back);
        }
        return back;
    }

    private static void walk(String node, List<Edge> edges, Set<String> done, Set<String> onPath, Set<Edge> back) {
        if (done.contains(node)) {
            return;
        }
        onPath.add(node);
        for (Edge e : edges) {
            if (e.from().equals(node)) {
                if (onPath.contains(e.to())) {
                    back.add(e);
                } else {
                    walk(e.to(), edges, done, onPath, back);
                }
            }
        }
        onPath.remove(node);
        done.add(node);
    }

    /** A topological order of the graph without its back edges; ties go to the name. */
    private static List<String> order(Set<String> names, List<Edge> edges, Set<Edge> back) {
        Map<String, Integer> waiting = new TreeMap<>();
        names.forEach(n -> waiting.put(n, 0));
        for (Edge e : edges) {
            if (!back.contains(e)) {
                waiting.merge(e.to(), 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            String ready = waiting.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            waiting.remove(ready);
            order.add(ready);
            for (Edge e : edges) {
                if (!back.contains(e) && e.from().equals(ready)) {
                    waiting.merge(e.to(), -1, Integer::sum);
                }
            }
        }
        return order;
    }

    /** A cycle must hold state to carry its values over a timestep: a neuron or a delay. */
    private static void checkCycle(Edge closing, Map<String, NirNode> nodes, List<Edge> edges, Set<Edge> back) {
        Map<String, List<String>> next = new HashMap<>();
        Map<String, List<String>> previous = new HashMap<>();
        for (Edge e : edges) {
            if (!back.contains(e)) {
                next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                previous.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
            }
        }
        Set<String> cycle = new LinkedHashSet<>(reach(List.of(closing.to()), next));
        cycle.retainAll(reach(List.of(closing.from()), previous));
        boolean holds = cycle.stream().anyMatch(n -> nodes.get(n) instanceof NirNode.Neurons
                || nodes.get(n) instanceof NirNode.Delay);
        if (!holds) {
            throw new NirException("the cycle " + String.join(" → ", cycle) + " → " + closing.to() + " holds no neuron"
                    + " or delay to carry its values from one timestep to the next");
        }
    }

    /** Every node's output shape, the shapes on every edge into a node agreeing. */
    private static Map<String, int[]> shapes(Map<String, NirNode> nodes, List<Edge> edges, List<String> order) {
        Map<String, int[]> out = new LinkedHashMap<>();
        // Neurons and inputs know their shape; the rest learn theirs from their inputs, in the order, until all do.
        for (String n : order) {
            NirNode node = nodes.get(n);
            if (node instanceof NirNode.Input in) {
                out.put(n, in.shape().clone());
            } else if (node instanceof NirNode.Neurons neurons) {
                out.put(n, neurons.shape().clone());
            }
        }
        for (int pass = 0; pass <= order.size() && out.size() < order.size(); pass++) {
            for (String n : order) {
                if (out.containsKey(n)) {
                    continue;
                }
                int[] in = inputShape(n, edges, out, nodes);
                if (in != null) {
                    out.put(n, nodes.get(n).outputShape(n, in));
                }
            }
        }
        for (String n : order) {
            if (!(nodes.get(n) instanceof NirNode.Input)) {
                int[] in = inputShape(n, edges, out, nodes);
                if (in == null) {
                    throw new NirException("node " + n + " (" + nodes.get(n).type() + "): the shape of its input cannot"
                            + " be found");
                }
                nodes.get(n).outputShape(n, in);
            }
        }
        return out;
    }

    /** The shape an edge into {@code node} brings, checked to agree with every other; null while one is unknown. */
    private static int[] inputShape(String node, List<Edge> edges, Map<String, int[]> known, Map<String, NirNode> nodes) {
        int[] shape = null;
        String first = null;
        for (Edge e : edges) {
            if (!e.to().equals(node)) {
                continue;
            }
            int[] s = known.get(e.from());
            if (s == null) {
                return null;
            }
            if (shape == null) {
                shape = s;
                first = e.from();
            } else if (NirNode.size(s) != NirNode.size(shape)) {
                throw new NirException("node " + node + " (" + nodes.get(node).type() + ") sums inputs of different"
                        + " sizes: " + first + " brings " + Arrays.toString(shape) + ", " + e.from() + " "
                        + Arrays.toString(s));
            }
        }
        return shape;
    }

    /**
     * @param node a node's name
     * @return the edges into it, in the file's order
     */
    public List<Edge> into(String node) {
        return edges.stream().filter(e -> e.to().equals(node)).toList();
    }

    /**
     * @param kind a primitive's class
     * @return the names of the nodes of that kind, sorted
     */
    public List<String> named(Class<? extends NirNode> kind) {
        return names(nodes, kind);
    }

    /**
     * @param node a node's name
     * @return the shape of the values that reach it (the sum of its inputs)
     */
    public int[] inputShapeOf(String node) {
        return inputShape(node, edges, shapes, nodes);
    }
}
