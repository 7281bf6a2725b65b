package org.neuromtj.tools.workload.net;

import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.tools.workload.data.ImageSet;

/**
 * Trains a {@link Network} offline. The spiking network is trained through a rate model of it: a hidden
 * neuron's spike count is its input over the run divided by its threshold, clamped to what it can fire
 * in the run, and an output's count is the weighted sum of the hidden counts; the answer is the largest.
 * In bipolar coding a row counts its spikes less its silent timesteps, in both layers. Weights are
 * ternary in the forward pass (each latent weight beyond 0.7 times the layer's mean magnitude becomes its
 * sign, the rest 0, as in ternary weight networks), binary in bipolar coding (each latent weight's sign,
 * as in BinaryConnect), and the gradient passes straight through to the latent weights, which Adam
 * updates and clips to [−1, 1]. After training the
 * output threshold is chosen by running the spiking network itself on training images. Deterministic:
 * the seed fixes the initial weights and the order of the images; the work is split by hidden neuron,
 * whose sums do not depend on the split.
 */
public final class Trainer {
    /** Training images on which the output threshold is chosen. */
    private static final int CALIBRATION_IMAGES = 2000;
    private static final int[] OUTPUT_THRESHOLDS = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256};
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private static final double TERNARY = 0.7;

    private Trainer() {
    }

    /**
     * The training settings, all stored in the model file.
     *
     * @param hidden          hidden neurons
     * @param levels          spikes of a white pixel
     * @param timesteps       timesteps per image
     * @param hiddenThreshold the hidden neurons' threshold
     * @param epochs          passes over the training images
     * @param batch           images per update
     * @param learningRate    Adam's step size
     * @param seed            the seed of the initial weights and the image order
     * @param images          training images used, from the first (all: 60 000)
     * @param coding          what a row's spike and silence count, and so which weights the network has
     */
    public record Settings(int hidden, int levels, int timesteps, int hiddenThreshold, int epochs, int batch,
                           double learningRate, long seed, int images, Network.Coding coding) {
        /** The settings that made the shipped model. */
        public static final Settings DEFAULT = new Settings(256, 8, 16, 16, 12, 100, 0.002, 1, 60_000,
                Network.Coding.UNIPOLAR);

        /**
         * @throws IllegalArgumentException naming the setting out of range
         */
        public Settings {
            check("hidden", hidden, 1, 4096);
            check("levels", levels, 1, 64);
            check("timesteps", timesteps, 2, 1024);
            check("hidden threshold", hiddenThreshold, 1, (1 << (Network.MEMBRANE_BITS - 1)) - 1);
            check("epochs", epochs, 1, 1000);
            check("batch", batch, 1, 60_000);
            check("images", images, 1, 60_000);
            if (!(learningRate > 0 && learningRate < 1)) {
                throw new IllegalArgumentException("learning rate must be in (0, 1), not " + learningRate);
            }
        }

        private static void check(String name, int value, int low, int high) {
            if (value < low || value > high) {
                throw new IllegalArgumentException(name + " must be " + low + "-" + high + ", not " + value);
            }
        }
    }

    /** Hears how training goes. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param epoch    the epoch just finished, from 1
         * @param loss     its mean cross-entropy
         * @param accuracy the rate model's accuracy on its images, as trained
         */
        void epoch(int epoch, double loss, double accuracy);
    }

    /**
     * @param data     the training split
     * @param s        the settings
     * @param progress hears each epoch
     * @return the trained network, its output threshold chosen
     */
    public static Network train(ImageSet data, Settings s, Progress progress) {
        int n = Math.min(s.images(), data.size());
        if (s.batch() > n) {
            throw new IllegalArgumentException("a batch of " + s.batch() + " images is more than the " + n
                    + " training images");
        }
        Model m = new Model(s, data.pixels(), data.classes(), Seeds.generator(s.seed(), "train.init"));
        UniformRandomProvider order = Seeds.generator(s.seed(), "train.order");
        int[] index = PermutationSampler.natural(n);
        float[][] x = new float[s.batch()][data.pixels()];
        int[] y = new int[s.batch()];
        Network probe = m.network(1);
        boolean bipolar = s.coding() == Network.Coding.BIPOLAR;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            PermutationSampler.shuffle(order, index);
            double loss = 0;
            long right = 0;
            for (int from = 0; from + s.batch() <= n; from += s.batch()) {
                for (int b = 0; b < s.batch(); b++) {
                    int k = index[from + b];
                    for (int p = 0; p < x[b].length; p++) {
                        int q = probe.spikes(data.pixel(k, p));
                        x[b][p] = bipolar ? 2 * q - s.timesteps() : q;
                    }
                    y[b] = data.label(k);
                }
                Model.Step step = m.step(x, y);
                loss += step.loss();
                right += step.right();
            }
            int batches = n / s.batch();
            progress.epoch(epoch, loss / batches, (double) right / (batches * (long) s.batch()));
        }
        return calibrate(m.network(1), data, n);
    }

    /** The output threshold at which the spiking network answers most training images right. */
    private static Network calibrate(Network net, ImageSet data, int n) {
        int images = Math.min(CALIBRATION_IMAGES, n);
        Network best = net;
        double bestAccuracy = -1;
        for (int threshold : OUTPUT_THRESHOLDS) {
            Network candidate = net.withOutputThreshold(threshold);
            double accuracy = Evaluation.accuracy(candidate, data, images);
            if (accuracy > bestAccuracy) {
                best = candidate;
                bestAccuracy = accuracy;
            }
        }
        return best;
    }

    /** The latent weights, their Adam moments, and one step of training. */
    private static final class Model {
        private final Settings s;
        private final int in;
        private final int hidden;
        private final int out;
        /** What a hidden count contributes to the output layer per spike: 2 in bipolar coding, where silence counts −1. */
        private final float perSpike;
        /** What it contributes without spikes: minus the timesteps the output layer reads, in bipolar coding. */
        private final float silent;
        /** The largest hidden count that still reaches the output layer within the run. */
        private final float cap;
        private final float[] u1;
        private final float[] u2;
        private final float[] t1;
        private final float[] t2;
        private final Adam adam1;
        private final Adam adam2;
        private final Adam adamScale;
        private final float[] logScale = {(float) Math.log(0.05)};
        private long steps;

        record Step(double loss, int right) {
        }

        Model(Settings s, int in, int out, UniformRandomProvider random) {
            this.s = s;
            this.in = in;
            this.out = out;
            boolean bipolar = s.coding() == Network.Coding.BIPOLAR;
            this.perSpike = bipolar ? 2 : 1;
            this.silent = bipolar ? -s.timesteps() : 0;
            this.hidden = s.hidden();
            this.cap = s.timesteps() - 2;
            this.u1 = new float[hidden * in];
            this.u2 = new float[out * hidden];
            for (float[] u : new float[][] {u1, u2}) {
                for (int k = 0; k < u.length; k++) {
                    u[k] = (float) (random.nextDouble() * 2 - 1) * 0.5f;
                }
            }
            this.t1 = new float[u1.length];
            this.t2 = new float[u2.length];
            this.adam1 = new Adam(u1.length);
            this.adam2 = new Adam(u2.length);
            this.adamScale = new Adam(1);
        }

        /** Ternary weights of the latent ones, or binary ones in bipolar coding. */
        private void ternarize(float[] u, float[] t) {
            if (s.coding() == Network.Coding.BIPOLAR) {
                for (int k = 0; k < u.length; k++) {
                    t[k] = u[k] >= 0 ? 1 : -1;
                }
                return;
            }
            double sum = 0;
            for (float v : u) {
                sum += Math.abs(v);
            }
            float delta = (float) (TERNARY * sum / u.length);
            for (int k = 0; k < u.length; k++) {
                t[k] = u[k] > delta ? 1 : u[k] < -delta ? -1 : 0;
            }
        }

        Network network(int outputThreshold) {
            ternarize(u1, t1);
            ternarize(u2, t2);
            byte[] w1 = new byte[t1.length];
            byte[] w2 = new byte[t2.length];
            for (int k = 0; k < w1.length; k++) {
                w1[k] = (byte) t1[k];
            }
            for (int k = 0; k < w2.length; k++) {
                w2[k] = (byte) t2[k];
            }
            return new Network(in, hidden, out, s.levels(), s.timesteps(), s.hiddenThreshold(), outputThreshold, w1,
                    w2, s.coding());
        }

        Step step(float[][] x, int[] y) {
            int batch = x.length;
            ternarize(u1, t1);
            ternarize(u2, t2);
            float theta = s.hiddenThreshold();
            float[][] a = new float[batch][hidden];
            float[][] h = new float[batch][hidden];
            IntStream.range(0, hidden).parallel().forEach(j -> {
                int base = j * in;
                for (int b = 0; b < batch; b++) {
                    float[] xb = x[b];
                    float sum = 0;
                    for (int i = 0; i < in; i++) {
                        sum += xb[i] * t1[base + i];
                    }
                    a[b][j] = sum;
                    h[b][j] = Math.max(0, Math.min(cap, sum / theta));
                }
            });
            float scale = (float) Math.exp(logScale[0]);
            float[][] o = new float[batch][out];
            float[][] dOut = new float[batch][out];
            double loss = 0;
            int right = 0;
            double dLogScale = 0;
            for (int b = 0; b < batch; b++) {
                double max = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int k = 0; k < out; k++) {
                    float sum = 0;
                    for (int j = 0; j < hidden; j++) {
                        sum += (perSpike * h[b][j] + silent) * t2[k * hidden + j];
                    }
                    o[b][k] = sum;
                    if (sum * scale > max) {
                        max = sum * scale;
                        arg = k;
                    }
                }
                right += arg == y[b] ? 1 : 0;
                double z = 0;
                for (int k = 0; k < out; k++) {
                    z += Math.exp(o[b][k] * scale - max);
                }
                loss += Math.log(z) + max - o[b][y[b]] * scale;
                for (int k = 0; k < out; k++) {
                    double p = Math.exp(o[b][k] * scale - max) / z - (k == y[b] ? 1 : 0);
                    dLogScale += p * o[b][k] * scale / batch;
                    dOut[b][k] = (float) (p * scale / batch);
                }
            }
            float[] g2 = new float[u2.length];
            float[][] dA = new float[batch][hidden];
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < hidden; j++) {
                    float dh = 0;
                    for (int k = 0; k < out; k++) {
                        g2[k * hidden + j] += dOut[b][k] * (perSpike * h[b][j] + silent);
                        dh += dOut[b][k] * t2[k * hidden + j] * perSpike;
                    }
                    float r = a[b][j] / theta;
                    dA[b][j] = r > 0 && r < cap ? dh / theta : 0;
                }
            }
            float[] g1 = new float[u1.length];
            IntStream.range(0, hidden).parallel().forEach(j -> {
                int base = j * in;
                for (int b = 0; b < batch; b++) {
                    float d = dA[b][j];
                    if (d != 0) {
                        float[] xb = x[b];
                        for (int i = 0; i < in; i++) {
                            g1[base + i] += d * xb[i];
                        }
                    }
                }
            });
            steps++;
            adam1.update(u1, g1, s.learningRate(), steps);
            adam2.update(u2, g2, s.learningRate(), steps);
            adamScale.update(logScale, new float[] {(float) dLogScale}, s.learningRate(), steps);
            clip(u1);
            clip(u2);
            return new Step(loss / batch, right);
        }

        private static void clip(float[] u) {
            for (int k = 0; k < u.length; k++) {
                u[k] = Math.max(-1, Math.min(1, u[k]));
            }
        }
    }

    /** Adam's moments for one parameter array. */
    private static final class Adam {
        private final float[] m;
        private final float[] v;

        Adam(int size) {
            m = new float[size];
            v = new float[size];
        }

        void update(float[] param, float[] grad, double rate, long step) {
            double c1 = 1 - Math.pow(BETA1, step);
            double c2 = 1 - Math.pow(BETA2, step);
            for (int k = 0; k < param.length; k++) {
                m[k] = (float) (BETA1 * m[k] + (1 - BETA1) * grad[k]);
                v[k] = (float) (BETA2 * v[k] + (1 - BETA2) * grad[k] * grad[k]);
                param[k] -= (float) (rate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPSILON));
            }
        }
    }
}
