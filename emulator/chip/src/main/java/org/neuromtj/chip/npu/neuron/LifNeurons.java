package org.neuromtj.chip.npu.neuron;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * An array of fixed-point CMOS LIF neurons, bit-exact with the RTL datapath. Per timestep and neuron:
 * <ol>
 *   <li>a neuron in its refractory period counts it down, keeps its membrane and ignores its input;
 *   <li>otherwise the membrane leaks ({@code v − (v >> s)}, or {@code (v·(4096 − d)) >> 12}; both
 *       shifts are arithmetic, rounding toward −∞), the input is added, and the sum saturates to the
 *       membrane's signed width;
 *   <li>if the result reaches the threshold the neuron fires, the membrane is reset (to zero or by
 *       subtracting the threshold) and the refractory counter is loaded.
 * </ol>
 */
public final class LifNeurons implements NeuronArray, ThresholdRegister, Stateful {
    private final LifConfig config;
    private final Ledger ledger;
    private final int[] membrane;
    private final int[] refractory;
    private final LifActivity activity;
    private int threshold;

    /**
     * @param count  number of neurons
     * @param config their circuit
     * @param ledger where updates and spikes are counted
     */
    public LifNeurons(int count, LifConfig config, Ledger ledger) {
        this.config = config;
        this.ledger = ledger;
        this.membrane = new int[count];
        this.refractory = new int[count];
        this.activity = new LifActivity(config);
        this.threshold = config.threshold();
    }

    @Override
    public long maxThreshold() {
        return config.maxMembrane();
    }

    /** @return the threshold register, initially the configuration's */
    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public void setThreshold(int value) {
        if (value < 1 || value > maxThreshold()) {
            throw new IllegalArgumentException("threshold " + value + " outside 1.." + config.maxMembrane());
        }
        threshold = value;
    }

    @Override
    public int size() {
        return membrane.length;
    }

    /** @return a neuron's membrane */
    public int membrane(int neuron) {
        return membrane[neuron];
    }

    /** @return a neuron's remaining refractory timesteps */
    public int refractory(int neuron) {
        return refractory[neuron];
    }

    @Override
    public int step(int[] input, boolean[] fired) {
        int spikes = 0;
        for (int n = 0; n < membrane.length; n++) {
            int v = membrane[n];
            int r = refractory[n];
            fired[n] = update(n, input[n]);
            spikes += fired[n] ? 1 : 0;
            activity.neuron(v, r, membrane[n], refractory[n], fired[n]);
        }
        activity.charge(ledger);
        ledger.add(Action.SPIKE, spikes);
        return spikes;
    }

    /**
     * Advances one neuron by one timestep, as the RTL datapath does in one cycle; counts nothing.
     *
     * @param n     the neuron
     * @param input its synaptic input
     * @return whether it fired
     */
    public boolean update(int n, int input) {
        if (refractory[n] > 0) {
            refractory[n]--;
            return false;
        }
        long v = membrane[n];
        long leaked = config.leak() == LifConfig.Leak.SHIFT
                ? v - (v >> config.leakShift())
                : (v * ((1 << LifConfig.DECAY_FRACTION_BITS) - config.decay())) >> LifConfig.DECAY_FRACTION_BITS;
        long next = Math.max(config.minMembrane(), Math.min(config.maxMembrane(), leaked + input));
        boolean fires = next >= threshold;
        if (fires) {
            next = config.reset() == LifConfig.Reset.ZERO ? 0 : next - threshold;
            refractory[n] = config.refractory();
        }
        membrane[n] = (int) next;
        return fires;
    }

    @Override
    public void reset() {
        Arrays.fill(membrane, 0);
        Arrays.fill(refractory, 0);
    }

    @Override
    public void save(StateWriter out) {
        out.section("lif");
        out.ints(membrane);
        out.ints(refractory);
        out.i32(threshold);
    }

    @Override
    public void restore(StateReader in) {
        in.section("lif");
        System.arraycopy(in.ints(membrane.length), 0, membrane, 0, membrane.length);
        System.arraycopy(in.ints(refractory.length), 0, refractory, 0, refractory.length);
        threshold = in.i32();
    }
}
