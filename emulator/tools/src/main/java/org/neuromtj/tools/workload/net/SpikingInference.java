package org.neuromtj.tools.workload.net;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.neuron.LifNeurons;

/**
 * The network run in software exactly as the chip runs it with ideal devices: the same timesteps, the
 * chip's own LIF arithmetic ({@link LifNeurons}), and exact weighted sums where the chip has junctions
 * and TDCs. In bipolar coding a row that does not spike counts −1: a layer's input is twice the weights of
 * its spiking rows less the sum of all its weights. It defines the software accuracy the chip is measured
 * against. Not thread-safe: one per
 * thread.
 */
public final class SpikingInference {
    private final Network net;
    /** The input weights input-major, so that a spiking row adds one contiguous run. */
    private final byte[] byRow;
    private final LifNeurons hidden;
    private final LifNeurons output;
    private final int[] level;
    private final int[] hiddenIn;
    private final int[] outputIn;
    private final boolean[] hiddenFired;
    private final boolean[] hiddenBefore;
    private final int[] counts;
    private final int[] first;
    /** In bipolar coding, each neuron's input when no row spikes: minus the sum of its weights; else 0. */
    private final int[] hiddenQuiet;
    private final int[] outputQuiet;
    private final int spikeWeight;

    /** @param net the network */
    public SpikingInference(Network net) {
        this.net = net;
        this.byRow = new byte[net.w1().length];
        for (int j = 0; j < net.hidden(); j++) {
            for (int i = 0; i < net.inputs(); i++) {
                byRow[i * net.hidden() + j] = net.w1()[j * net.inputs() + i];
            }
        }
        Ledger unused = new Ledger();
        this.hidden = new LifNeurons(net.hidden(), Network.neuron(net.hiddenThreshold()), unused);
        this.output = new LifNeurons(net.outputs(), Network.neuron(net.outputThreshold()), unused);
        this.level = new int[net.inputs()];
        this.hiddenIn = new int[net.hidden()];
        this.outputIn = new int[net.outputs()];
        this.hiddenFired = new boolean[net.hidden()];
        this.hiddenBefore = new boolean[net.hidden()];
        this.counts = new int[net.outputs()];
        this.first = new int[net.outputs()];
        boolean bipolar = net.coding() == Network.Coding.BIPOLAR;
        this.spikeWeight = bipolar ? 2 : 1;
        this.hiddenQuiet = new int[net.hidden()];
        this.outputQuiet = new int[net.outputs()];
        if (bipolar) {
            for (int k = 0; k < net.w1().length; k++) {
                hiddenQuiet[k / net.inputs()] -= net.w1()[k];
            }
            for (int k = 0; k < net.w2().length; k++) {
                outputQuiet[k / net.hidden()] -= net.w2()[k];
            }
        }
    }

    /**
     * @param pixels an image's pixels, 0–255
     * @return the class it answers, or −1 when no output neuron fired
     */
    public int classify(int[] pixels) {
        run(pixels);
        return answer(counts, first);
    }

    /** @return each output neuron's spike count in the last run */
    public int[] counts() {
        return counts.clone();
    }

    /** Runs an image's timesteps, leaving the output spike counts and first spikes. */
    private void run(int[] pixels) {
        // The chip's firmware runs a silent timestep from rest before each image: in bipolar coding the hidden
        // neurons that fire on silence alone reach the output layer in the image's first timestep.
        hidden.reset();
        for (int j = 0; j < hiddenBefore.length; j++) {
            hiddenBefore[j] = hidden.update(j, hiddenQuiet[j]);
        }
        hidden.reset();
        output.reset();
        Arrays.fill(counts, 0);
        Arrays.fill(first, Integer.MAX_VALUE);
        int n = net.inputs();
        for (int i = 0; i < n; i++) {
            level[i] = net.spikes(pixels[i]);
        }
        for (int t = 0; t < net.timesteps(); t++) {
            drive(t);
            for (int j = 0; j < net.hidden(); j++) {
                hiddenFired[j] = hidden.update(j, hiddenIn[j]);
            }
            System.arraycopy(outputQuiet, 0, outputIn, 0, outputIn.length);
            for (int j = 0; j < net.hidden(); j++) {
                if (hiddenBefore[j]) {
                    for (int k = 0; k < net.outputs(); k++) {
                        outputIn[k] += spikeWeight * net.w2()[k * net.hidden() + j];
                    }
                }
            }
            for (int k = 0; k < net.outputs(); k++) {
                if (output.update(k, outputIn[k])) {
                    counts[k]++;
                    first[k] = Math.min(first[k], t);
                }
            }
            System.arraycopy(hiddenFired, 0, hiddenBefore, 0, hiddenFired.length);
        }
    }

    /** The hidden layer's input at timestep t: the weights of the rows whose pixel still spikes. */
    private void drive(int t) {
        System.arraycopy(hiddenQuiet, 0, hiddenIn, 0, hiddenIn.length);
        int h = hiddenIn.length;
        for (int i = 0; i < level.length; i++) {
            if (level[i] > t) {
                for (int j = 0, at = i * h; j < h; j++, at++) {
                    hiddenIn[j] += spikeWeight * byRow[at];
                }
            }
        }
    }

    /**
     * The answer from output spikes: the most spikes, then the earliest first spike, then the lower class.
     *
     * @param counts each class's spike count
     * @param first  each class's first spike's timestep (anything for a class that never fired)
     * @return the class, or −1 when none fired
     */
    public static int answer(int[] counts, int[] first) {
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best]
                    || counts[k] == counts[best] && first[k] < first[best])) {
                best = k;
            }
        }
        return best;
    }
}
