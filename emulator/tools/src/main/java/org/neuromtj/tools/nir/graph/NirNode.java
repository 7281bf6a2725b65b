package org.neuromtj.tools.nir.graph;

import java.util.Arrays;
import org.neuromtj.tools.nir.NirException;

/**
 * A node of a NIR graph: one of the primitives of the Neuromorphic Intermediate Representation, with its
 * parameters as the file holds them (every array flattened in row-major order beside its shape). Shapes leave
 * out the batch dimension, as NIR's do.
 */
public sealed interface NirNode {
    /** @return the primitive's name in a NIR file */
    String type();

    /** @return how many values it takes, given the shape that reaches it; the node checks the shape */
    int[] outputShape(String name, int[] input);

    /** @return the number of elements of a shape */
    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** Checks that a flattened input has the node's expected element count. */
    private static void expect(String name, String type, int[] input, int size) {
        if (size(input) != size) {
            throw new NirException("node " + name + " (" + type + ") takes " + size + " values, but " + size(input)
                    + " reach it (shape " + Arrays.toString(input) + ")");
        }
    }

    /**
     * Where samples enter.
     *
     * @param shape the shape of a timestep's input
     */
    record Input(int[] shape) implements NirNode {
        @Override
        public String type() {
            return "Input";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            return shape.clone();
        }
    }

    /**
     * Where the graph's answer leaves.
     *
     * @param shape the shape of a timestep's output
     */
    record Output(int[] shape) implements NirNode {
        @Override
        public String type() {
            return "Output";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type(), input, size(shape));
            return shape.clone();
        }
    }

    /** A node that maps its input to its output afresh each timestep, without state. */
    sealed interface Stateless extends NirNode {
        /**
         * @param x     the summed input, flattened
         * @param shape its shape
         * @return the output, flattened
         */
        double[] apply(double[] x, int[] shape);
    }

    /**
     * {@code y = W x} (Linear) or {@code y = W x + b} (Affine).
     *
     * @param out    outputs
     * @param in     inputs
     * @param weight {@code weight[o·in + i]}
     * @param bias   the bias, or null for a Linear
     */
    record Dense(int out, int in, double[] weight, double[] bias) implements Stateless {
        @Override
        public String type() {
            return bias == null ? "Linear" : "Affine";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type(), input, in);
            return new int[] {out};
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            double[] y = bias == null ? new double[out] : bias.clone();
            for (int o = 0; o < out; o++) {
                double s = 0;
                for (int i = 0; i < in; i++) {
                    s += weight[o * in + i] * x[i];
                }
                y[o] += s;
            }
            return y;
        }
    }

    /**
     * A convolution in one or two spatial dimensions (Conv1d, Conv2d), with its bias.
     *
     * @param weightShape {@code (C_out, C_in / groups, k...)}
     * @param weight      the kernels, flattened
     * @param stride      a stride a spatial dimension
     * @param padding     zeros each side, a spatial dimension
     * @param dilation    a dilation a spatial dimension
     * @param groups      groups
     * @param bias        a bias an output channel
     * @param inputShape  the spatial shape of its input, or null where the file leaves it to the graph
     */
    record Conv(int[] weightShape, double[] weight, int[] stride, int[] padding, int[] dilation, int groups,
                double[] bias, int[] inputShape) implements Stateless {
        @Override
        public String type() {
            return "Conv" + (weightShape.length - 2) + "d";
        }

        private int dims() {
            return weightShape.length - 2;
        }

        /** @return the (C_in, spatial...) shape it reads its flattened input as */
        int[] inShape(String name, int[] input) {
            int cin = weightShape[1] * groups;
            int[] spatial;
            if (input.length == dims() + 1) {
                spatial = Arrays.copyOfRange(input, 1, input.length);
                if (input[0] != cin) {
                    throw new NirException("node " + name + " (" + type() + ") takes " + cin + " channels, but its input"
                            + " has shape " + Arrays.toString(input));
                }
            } else if (inputShape != null) {
                spatial = inputShape.clone();
            } else {
                throw new NirException("node " + name + " (" + type() + "): its input's shape " + Arrays.toString(input)
                        + " is not (channels, " + (dims() == 1 ? "length" : "height, width") + ") and the node states no"
                        + " input_shape");
            }
            int[] shape = new int[dims() + 1];
            shape[0] = cin;
            System.arraycopy(spatial, 0, shape, 1, dims());
            expect(name, type(), input, size(shape));
            return shape;
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            int[] in = inShape(name, input);
            int[] out = new int[dims() + 1];
            out[0] = weightShape[0];
            for (int d = 0; d < dims(); d++) {
                int k = weightShape[2 + d];
                out[d + 1] = (in[d + 1] + 2 * padding[d] - dilation[d] * (k - 1) - 1) / stride[d] + 1;
                if (out[d + 1] < 1) {
                    throw new NirException("node " + name + " (" + type() + "): a kernel of " + k + " does not fit an"
                            + " input of " + in[d + 1] + " with padding " + padding[d]);
                }
            }
            return out;
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            int[] in = inShape("", shape);
            int[] out = outputShape("", shape);
            int h = in[1];
            int w = dims() == 2 ? in[2] : 1;
            int oh = out[1];
            int ow = dims() == 2 ? out[2] : 1;
            int kh = weightShape[2];
            int kw = dims() == 2 ? weightShape[3] : 1;
            int sh = stride[0];
            int sw = dims() == 2 ? stride[1] : 1;
            int ph = padding[0];
            int pw = dims() == 2 ? padding[1] : 0;
            int dh = dilation[0];
            int dw = dims() == 2 ? dilation[1] : 1;
            int perGroupIn = weightShape[1];
            int perGroupOut = weightShape[0] / groups;
            double[] y = new double[size(out)];
            for (int co = 0; co < weightShape[0]; co++) {
                int g = co / perGroupOut;
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++) {
                        double s = bias[co];
                        for (int ci = 0; ci < perGroupIn; ci++) {
                            int c = g * perGroupIn + ci;
                            for (int ky = 0; ky < kh; ky++) {
                                int iy = oy * sh - ph + ky * dh;
                                if (iy < 0 || iy >= h) {
                                    continue;
                                }
                                for (int kx = 0; kx < kw; kx++) {
                                    int ix = ox * sw - pw + kx * dw;
                                    if (ix < 0 || ix >= w) {
                                        continue;
                                    }
                                    s += weight[((co * perGroupIn + ci) * kh + ky) * kw + kx] * x[(c * h + iy) * w + ix];
                                }
                            }
                        }
                        y[(co * oh + oy) * ow + ox] = s;
                    }
                }
            }
            return y;
        }
    }

    /**
     * Sums of windows of each channel (SumPool2d).
     *
     * @param kernel  the window's height and width
     * @param stride  its strides
     * @param padding zeros each side
     */
    record SumPool(int[] kernel, int[] stride, int[] padding) implements Stateless {
        @Override
        public String type() {
            return "SumPool2d";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            if (input.length != 3) {
                throw new NirException("node " + name + " (SumPool2d) takes (channels, height, width), not "
                        + Arrays.toString(input));
            }
            int[] out = {input[0], 0, 0};
            for (int d = 0; d < 2; d++) {
                out[d + 1] = (input[d + 1] + 2 * padding[d] - kernel[d]) / stride[d] + 1;
                if (out[d + 1] < 1) {
                    throw new NirException("node " + name + " (SumPool2d): a window of " + kernel[d]
                            + " does not fit an input of " + input[d + 1]);
                }
            }
            return out;
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            int[] out = outputShape("", shape);
            double[] y = new double[size(out)];
            for (int c = 0; c < out[0]; c++) {
                for (int oy = 0; oy < out[1]; oy++) {
                    for (int ox = 0; ox < out[2]; ox++) {
                        double s = 0;
                        for (int ky = 0; ky < kernel[0]; ky++) {
                            for (int kx = 0; kx < kernel[1]; kx++) {
                                int iy = oy * stride[0] - padding[0] + ky;
                                int ix = ox * stride[1] - padding[1] + kx;
                                if (iy >= 0 && iy < shape[1] && ix >= 0 && ix < shape[2]) {
                                    s += x[(c * shape[1] + iy) * shape[2] + ix];
                                }
                            }
                        }
                        y[(c * out[1] + oy) * out[2] + ox] = s;
                    }
                }
            }
            return y;
        }
    }

    /**
     * Dimensions {@code startDim} to {@code endDim} (inclusive, negative from the end) merged into one; the
     * values and their order are unchanged.
     *
     * @param startDim  the first dimension merged
     * @param endDim    the last
     * @param inputType the input's shape as the file states it, or null
     */
    record Flatten(int startDim, int endDim, int[] inputType) implements Stateless {
        @Override
        public String type() {
            return "Flatten";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            int[] in = inputType != null && size(inputType) == size(input) ? inputType : input;
            int start = startDim < 0 ? in.length + startDim : startDim;
            int end = endDim < 0 ? in.length + endDim : endDim;
            if (start < 0 || end >= in.length || start > end) {
                throw new NirException("node " + name + " (Flatten): dimensions " + startDim + " to " + endDim
                        + " are not within its input's shape " + Arrays.toString(in));
            }
            int[] out = new int[in.length - (end - start)];
            System.arraycopy(in, 0, out, 0, start);
            out[start] = size(Arrays.copyOfRange(in, start, end + 1));
            System.arraycopy(in, end + 1, out, start + 1, in.length - end - 1);
            return out;
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            return x.clone();
        }
    }

    /**
     * {@code y = s ⊙ x}.
     *
     * @param scale a factor an element
     */
    record Scale(double[] scale) implements Stateless {
        @Override
        public String type() {
            return "Scale";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type(), input, scale.length);
            return input.clone();
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                y[k] = scale[k] * x[k];
            }
            return y;
        }
    }

    /**
     * A spike where the input exceeds the threshold (Threshold).
     *
     * @param threshold a threshold an element
     */
    record Threshold(double[] threshold) implements Stateless {
        @Override
        public String type() {
            return "Threshold";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type(), input, threshold.length);
            return input.clone();
        }

        @Override
        public double[] apply(double[] x, int[] shape) {
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                y[k] = x[k] > threshold[k] ? 1 : 0;
            }
            return y;
        }
    }

    /**
     * Each element's input, {@code delay} seconds later (Delay).
     *
     * @param delay a delay an element, in seconds
     */
    record Delay(double[] delay) implements NirNode {
        @Override
        public String type() {
            return "Delay";
        }

        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type(), input, delay.length);
            return input.clone();
        }
    }

    /**
     * Neurons: LIF, IF, CubaLIF (spiking) and LI, I, CubaLI (their membranes are their output). A missing
     * parameter is null: IF and I have no time constant and no leak potential, LIF and LI no synaptic current.
     *
     * @param type       the primitive
     * @param shape      the population's shape
     * @param tauMem     membrane time constants, seconds (null: IF, I)
     * @param tauSyn     synaptic time constants, seconds (null: no synaptic current)
     * @param r          resistances
     * @param vLeak      leak potentials (null: 0)
     * @param vThreshold thresholds (null: not spiking)
     * @param vReset     reset potentials (null: 0)
     * @param wIn        input weights of the synaptic current (null: 1)
     * @param subtract   whether a spike subtracts the threshold rather than setting v_reset (the node's metadata
     *                   {@code reset_mechanism: subtract}, as snnTorch names it; NIR's own semantics set v_reset)
     */
    record Neurons(String type, int[] shape, double[] tauMem, double[] tauSyn, double[] r, double[] vLeak,
                   double[] vThreshold, double[] vReset, double[] wIn, boolean subtract) implements NirNode {
        @Override
        public int[] outputShape(String name, int[] input) {
            expect(name, type, input, size(shape));
            return shape.clone();
        }

        /** @return whether it emits spikes (rather than its membrane) */
        public boolean spiking() {
            return vThreshold != null;
        }

        /** @return neurons in the population */
        public int count() {
            return size(shape);
        }

        /** @return neuron k's leak potential */
        public double leak(int k) {
            return vLeak == null ? 0 : vLeak[k];
        }

        /** @return neuron k's reset potential */
        public double reset(int k) {
            return vReset == null ? 0 : vReset[k];
        }

        /** @return neuron k's input weight */
        public double inputWeight(int k) {
            return wIn == null ? 1 : wIn[k];
        }
    }
}
