package org.neuromtj.cosim;

import java.util.List;

/**
 * The frame of a block's Java cycle model: its ports, and the walk over packed stimulus and response
 * that hands each rising edge its own words. A model says only what one edge does.
 */
public abstract class CycleModel implements ClockedBlock {
    private final List<Signal> inputs;
    private final List<Signal> outputs;

    /**
     * @param inputs  the input ports, in packing order
     * @param outputs the output ports, in packing order
     */
    protected CycleModel(List<Signal> inputs, List<Signal> outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
    }

    @Override
    public final List<Signal> inputs() {
        return inputs;
    }

    @Override
    public final List<Signal> outputs() {
        return outputs;
    }

    @Override
    public final void run(int cycles, int[] stimulus, int[] response) {
        int ni = inputs.size();
        int no = outputs.size();
        for (int c = 0; c < cycles; c++) {
            edge(stimulus, c * ni, response, c * no);
        }
    }

    /**
     * One rising clock edge.
     *
     * @param in  stimulus words; this edge's inputs start at {@code i}
     * @param i   index of this edge's first input word
     * @param out response words; this edge's outputs start at {@code o}
     * @param o   index of this edge's first output word
     */
    protected abstract void edge(int[] in, int i, int[] out, int o);
}
