package org.neuromtj.tools.workload.net;

import org.neuromtj.chip.npu.neuron.LifConfig;

/**
 * A two-layer spiking network that fits the chip: integrate-and-fire CMOS LIF neurons without leak and
 * with reset by subtraction, pixels as spike trains, and weights as its {@link Coding} says: ternary
 * (−1, 0, +1: a differential pair of binary junctions, the positive one, the negative one or neither at
 * the top level) for spikes that count 1 or 0, binary (±1: an XNOR cell) for spikes that count +1 or −1.
 *
 * <p>A pixel {@code p} (0–255) becomes a thermometer code of {@code q = round(p·levels/255)} spikes, in
 * timesteps 0 to q − 1. Hidden neurons integrate the weighted input spikes and fire at most once a
 * timestep while their membrane reaches {@code hiddenThreshold}; their spikes drive the output layer's
 * rows in the next timestep, as a packet that reaches a tile does. In {@link Coding#BIPOLAR} coding a row
 * that does not spike in a timestep counts −1 rather than 0, in both layers, and the hidden neurons that
 * fire from rest on a silent input (in the silent timestep the chip runs before each image) reach the
 * output layer in the image's first timestep. The answer is the output neuron that
 * fired most in {@code timesteps} timesteps; a tie goes to the one that fired first, then to the lower
 * class; no output spike at all is no answer.
 *
 * @param inputs          input rows (pixels)
 * @param hidden          hidden neurons
 * @param outputs         output neurons (classes)
 * @param levels          spikes of a white pixel
 * @param timesteps       timesteps per image
 * @param hiddenThreshold the hidden neurons' threshold
 * @param outputThreshold the output neurons' threshold
 * @param w1              input-to-hidden weights, {@code w1[j·inputs + i]} for hidden j and input i
 * @param w2              hidden-to-output weights, {@code w2[k·hidden + j]} for output k and hidden j
 * @param coding          what a row's spike, and its absence, count
 */
public record Network(int inputs, int hidden, int outputs, int levels, int timesteps, int hiddenThreshold,
                      int outputThreshold, byte[] w1, byte[] w2, Coding coding) {
    /** What a row contributes in a timestep, with the weights that go with it. */
    public enum Coding {
        /** A spike counts 1, none 0; weights −1, 0 or +1 (bypass cells, differential pairs). */
        UNIPOLAR,
        /** A spike counts +1, none −1; weights −1 or +1 (XNOR cells). */
        BIPOLAR;

        /** @return the coding's name in files and messages */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Membrane width of both layers' neurons: wide enough that no image saturates one. */
    public static final int MEMBRANE_BITS = 16;

    /**
     * @throws IllegalArgumentException if a size, threshold or weight is out of range
     */
    public Network {
        if (inputs < 1 || hidden < 1 || outputs < 1 || levels < 1 || timesteps < 2) {
            throw new IllegalArgumentException("network: sizes must be positive and timesteps at least 2");
        }
        if (w1.length != inputs * hidden || w2.length != hidden * outputs) {
            throw new IllegalArgumentException("network: " + w1.length + " and " + w2.length + " weights for "
                    + inputs + "×" + hidden + " and " + hidden + "×" + outputs);
        }
        for (byte[] w : new byte[][] {w1, w2}) {
            for (byte b : w) {
                if (b < -1 || b > 1 || b == 0 && coding == Coding.BIPOLAR) {
                    throw new IllegalArgumentException("network: weight " + b + " is not " + (coding == Coding.BIPOLAR
                            ? "-1 or 1 (bipolar coding)" : "-1, 0 or 1"));
                }
            }
        }
        long max = (1L << (MEMBRANE_BITS - 1)) - 1;
        if (hiddenThreshold < 1 || hiddenThreshold > max || outputThreshold < 1 || outputThreshold > max) {
            throw new IllegalArgumentException("network: thresholds must be 1-" + max);
        }
    }

    /** @return the spikes pixel value {@code p} makes */
    public int spikes(int pixel) {
        return spikes(pixel, levels);
    }

    /**
     * @param pixel  a pixel, 0–255
     * @param levels spikes of a white pixel
     * @return the spikes it makes, as the fmnist firmware codes it (rounded to the nearest)
     */
    public static int spikes(int pixel, int levels) {
        return (pixel * levels + 127) / 255;
    }

    /** @return the LIF circuit of a layer with this threshold */
    public static LifConfig neuron(int threshold) {
        return new LifConfig(MEMBRANE_BITS, LifConfig.Leak.MULTIPLY, 0, 0, threshold, 0, LifConfig.Reset.SUBTRACT);
    }

    /** @return a copy with another output threshold */
    public Network withOutputThreshold(int threshold) {
        return new Network(inputs, hidden, outputs, levels, timesteps, hiddenThreshold, threshold, w1, w2, coding);
    }
}
