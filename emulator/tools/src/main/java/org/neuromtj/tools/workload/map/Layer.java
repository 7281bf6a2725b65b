package org.neuromtj.tools.workload.map;

import java.util.List;

/**
 * A layer of neurons as the mapper places it: the rows its neurons sum (all in one tile), where those rows'
 * spikes come from, and a weight for each row of each neuron.
 *
 * @param rows      rows the layer's tiles use
 * @param neurons   its neurons
 * @param threshold their threshold (the tiles' THRESHOLD register)
 * @param sources   where its rows' spikes come from, each into rows from its first
 * @param weights   a neuron's weight of a row: a whole number of levels, negative on a differential pair's
 *                  negative column (−1, 0 or +1 for binary cells)
 * @param alwaysOn  the last rows' count that are driven every timestep (a constant input: a bias)
 */
public record Layer(int rows, int neurons, int threshold, List<Source> sources, Weights weights, int alwaysOn) {
    /** The source that is the host's input spikes rather than a layer. */
    public static final int HOST = -1;

    /**
     * Where some of a layer's rows get their spikes: a layer's neuron n drives row {@code firstRow + n}, as the
     * host's input i drives row {@code firstRow + i}.
     *
     * @param layer    the index of the layer (itself, for recurrence), or {@link #HOST}
     * @param firstRow the row its first neuron or input drives
     */
    public record Source(int layer, int firstRow) {
    }

    /** A layer's weight of a row for one of its neurons. */
    @FunctionalInterface
    public interface Weights {
        /**
         * @param row    the row
         * @param neuron the neuron, in the layer
         * @return its weight in levels
         */
        int of(int row, int neuron);
    }

    /** @param sources copied */
    public Layer {
        sources = List.copyOf(sources);
    }
}
