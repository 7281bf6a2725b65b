package org.neuromtj.tools.reproduce.multilevel;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.net.Network;

/**
 * A one-layer spiking classifier whose signed weights take the levels of multi-level cells: softmax
 * regression on the pixels' spike counts, trained in floating point, then quantised to {@code ±(levels − 1)}
 * (a differential pair of cells, one of them at 0). The chip's output neurons integrate the weighted spikes
 * of each timestep and fire at most once a timestep at their threshold, resetting by subtraction; the
 * class that fires most (first, then lower, on a tie) answers, as {@link #answer} computes in integers.
 */
final class LinearClassifier {
    /** Spikes of a white pixel, in timesteps 0 to q − 1 (a thermometer code). */
    static final int PIXEL_LEVELS = 8;
    static final int TIMESTEPS = 16;
    /** A Fashion-MNIST image's pixels. */
    static final int INPUTS = 784;
    private static final int EPOCHS = 3;
    private static final int BATCH = 50;
    private static final double RATE = 0.02;

    private final int inputs;
    private final int classes;
    private final double[] w;

    private LinearClassifier(int inputs, int classes, double[] w) {
        this.inputs = inputs;
        this.classes = classes;
        this.w = w;
    }

    /** A pixel's spikes, coded as the network's are. */
    static int spikes(int pixel) {
        return Network.spikes(pixel, PIXEL_LEVELS);
    }

    /**
     * @param train the training images
     * @param n     how many of them, from the first
     * @param seed  the order of the images
     * @return softmax regression's weights, without bias (the chip has no always-on input)
     */
    static LinearClassifier train(ImageSet train, int n, long seed) {
        int inputs = train.pixels();
        int classes = train.classes();
        double[] w = new double[classes * inputs];
        double[] grad = new double[w.length];
        double[] z = new double[classes];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        SplittableRandom r = new SplittableRandom(seed);
        int[] x = new int[inputs];
        for (int e = 0; e < EPOCHS; e++) {
            for (int k = n - 1; k > 0; k--) {
                int j = r.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            for (int b = 0; b < n; b += BATCH) {
                Arrays.fill(grad, 0);
                int end = Math.min(n, b + BATCH);
                for (int k = b; k < end; k++) {
                    train.image(order[k], x);
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < classes; c++) {
                        double s = 0;
                        for (int p = 0; p < inputs; p++) {
                            s += w[c * inputs + p] * spikes(x[p]);
                        }
                        z[c] = s / PIXEL_LEVELS;
                        max = Math.max(max, z[c]);
                    }
                    double sum = 0;
                    for (int c = 0; c < classes; c++) {
                        z[c] = Math.exp(z[c] - max);
                        sum += z[c];
                    }
                    int label = train.label(order[k]);
                    for (int c = 0; c < classes; c++) {
                        double d = z[c] / sum - (c == label ? 1 : 0);
                        for (int p = 0; p < inputs; p++) {
                            grad[c * inputs + p] += d * spikes(x[p]) / PIXEL_LEVELS;
                        }
                    }
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] -= RATE * grad[i] / (end - b);
                }
            }
        }
        return new LinearClassifier(inputs, classes, w);
    }

    /**
     * Quantised weights and the output threshold they answer best at.
     *
     * @param weights   class-major, ±(levels − 1)
     * @param clip      the share of the weights' magnitudes below the one that maps to the top level
     * @param threshold the output neurons' threshold
     * @param accuracy  on the images they were chosen on
     */
    record Quantised(int[] weights, double clip, int threshold, double accuracy) {
    }

    /** Clips tried: the largest weight at the top level, or a few of the largest clipped to it. */
    private static final double[] CLIPS = {1.0, 0.999, 0.99, 0.98};
    /** Thresholds tried: powers of two up to this. */
    private static final int MAX_THRESHOLD = 1 << 16;

    /**
     * @param levels     levels a cell holds
     * @param validation images the clip and threshold are chosen on
     * @return the weights quantised to ±(levels − 1) at the clip and threshold that answer best
     */
    Quantised quantise(int levels, ImageSet validation) {
        double[] magnitudes = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            magnitudes[i] = Math.abs(w[i]);
        }
        Arrays.sort(magnitudes);
        Quantised best = null;
        for (double clip : CLIPS) {
            double scale = magnitudes[Math.min(w.length - 1, (int) Math.floor(clip * (w.length - 1)))];
            int top = levels - 1;
            int[] q = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                q[i] = (int) Math.max(-top, Math.min(top, Math.round(w[i] / scale * top)));
            }
            for (int th = 1; th <= MAX_THRESHOLD; th *= 2) {
                double a = accuracy(q, th, validation, validation.size());
                if (best == null || a > best.accuracy()) {
                    best = new Quantised(q, clip, th, a);
                }
            }
        }
        return best;
    }

    /** @return the floating-point classifier's answer (the largest score) */
    int answer(int[] pixels) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = 0;
            for (int p = 0; p < inputs; p++) {
                s += w[c * inputs + p] * spikes(pixels[p]);
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** @return the share of the first n images the quantised weights answer right at the threshold */
    double accuracy(int[] q, int threshold, ImageSet data, int n) {
        int right = 0;
        int[] x = new int[inputs];
        for (int k = 0; k < n; k++) {
            data.image(k, x);
            right += answer(inputs(q, x), threshold) == data.label(k) ? 1 : 0;
        }
        return (double) right / n;
    }

    /**
     * Each output's input in each timestep, in the chip's integers: the weights of the pixels still spiking
     * (a pixel of q spikes spikes in timesteps 0 to q − 1).
     */
    private int[][] inputs(int[] q, int[] pixels) {
        int[][] h = new int[classes][TIMESTEPS];
        for (int c = 0; c < classes; c++) {
            int[] bySpikes = new int[PIXEL_LEVELS + 1];
            for (int p = 0; p < inputs; p++) {
                bySpikes[spikes(pixels[p])] += q[c * inputs + p];
            }
            int still = 0;
            for (int t = PIXEL_LEVELS; t >= 0; t--) {
                if (t < TIMESTEPS) {
                    h[c][t] = still;
                }
                still += bySpikes[t];
            }
        }
        return h;
    }

    /**
     * The spiking answer: a neuron fires once a timestep at the threshold and subtracts it (its 24-bit membrane
     * never saturates: 16 timesteps of 784 inputs at 31 levels stay far inside it).
     *
     * @return the class that fired most (first, then lower, on a tie), or −1 if none fired
     */
    private static int answer(int[][] h, int threshold) {
        int best = -1;
        int bestCount = 0;
        int bestFirst = 0;
        for (int c = 0; c < h.length; c++) {
            long v = 0;
            int count = 0;
            int first = 0;
            for (int t = 0; t < h[c].length; t++) {
                v += h[c][t];
                if (v >= threshold) {
                    v -= threshold;
                    first = count++ == 0 ? t : first;
                }
            }
            if (count > 0 && (best < 0 || count > bestCount || count == bestCount && first < bestFirst)) {
                best = c;
                bestCount = count;
                bestFirst = first;
            }
        }
        return best;
    }
}
