package org.neuromtj.cosim.lif;

import static org.neuromtj.cosim.lif.LifPorts.*;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.neuron.LifActivity;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.neuron.NeuronArray;
import org.neuromtj.chip.npu.neuron.ThresholdRegister;
import org.neuromtj.cosim.RtlBlock;

/**
 * The LIF array's RTL standing in for {@link org.neuromtj.chip.npu.neuron.LifNeurons}: one foreign
 * call per timestep carries every neuron's update, one per cycle, preceded by whatever register writes
 * and clears the tile asked for since the last one. The ledger counts the same actions the model does.
 */
public final class RtlLifNeurons implements NeuronArray, ThresholdRegister, AutoCloseable {
    private final RtlBlock block;
    private final LifConfig config;
    private final Ledger ledger;
    private final int count;
    /** The membranes and refractory counters the RTL reported last, to tell which updates changed nothing. */
    private final int[] membrane;
    private final int[] refractory;
    private final LifActivity activity;
    private final int[] cfg = new int[INPUTS.size()];
    private int[] stimulus = new int[0];
    private int[] response = new int[0];
    private int pending;
    private int threshold;

    /**
     * @param count  neurons, at most {@link LifPorts#NEURONS}
     * @param config their circuit, loaded into the RTL at reset
     * @param ledger where updates and spikes are counted
     */
    public RtlLifNeurons(int count, LifConfig config, Ledger ledger) {
        if (count < 1 || count > NEURONS) {
            throw new IllegalArgumentException("the LIF RTL holds 1.." + NEURONS + " neurons, not " + count);
        }
        this.count = count;
        this.membrane = new int[count];
        this.refractory = new int[count];
        this.activity = new LifActivity(config);
        this.config = config;
        this.ledger = ledger;
        encode(config, cfg, 0);
        this.block = RtlBlock.open("lif", INPUTS, OUTPUTS);
        control(RST, 0);
        setThreshold(config.threshold());
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int step(int[] input, boolean[] fired) {
        int ni = INPUTS.size();
        int no = OUTPUTS.size();
        int cycles = pending + count;
        ensure(cycles);
        for (int n = 0; n < count; n++) {
            int i = (pending + n) * ni;
            System.arraycopy(cfg, 0, stimulus, i, ni);
            stimulus[i + IN_VALID] = 1;
            stimulus[i + IN_NEURON] = n;
            stimulus[i + IN_CURRENT] = input[n];
        }
        block.run(cycles, stimulus, response);
        int spikes = 0;
        for (int n = 0; n < count; n++) {
            int o = (pending + n) * no;
            fired[n] = response[o + OUT_FIRED] != 0;
            spikes += fired[n] ? 1 : 0;
            int v = response[o + OUT_MEMBRANE];
            int r = response[o + OUT_REFRACTORY];
            activity.neuron(membrane[n], refractory[n], v, r, fired[n]);
            membrane[n] = v;
            refractory[n] = r;
        }
        pending = 0;
        activity.charge(ledger);
        ledger.add(Action.SPIKE, spikes);
        return spikes;
    }

    @Override
    public void reset() {
        control(CLEAR, 0);
        Arrays.fill(membrane, 0);
        Arrays.fill(refractory, 0);
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public long maxThreshold() {
        return config.maxMembrane();
    }

    @Override
    public void setThreshold(int value) {
        if (value < 1 || value > maxThreshold()) {
            throw new IllegalArgumentException("threshold " + value + " outside 1.." + maxThreshold());
        }
        threshold = value;
        control(THRESHOLD_WE, value);
    }

    /** Queues one cycle that raises {@code port} (and, for a threshold write, carries its value). */
    private void control(int port, int value) {
        int ni = INPUTS.size();
        ensure(pending + 1);
        int i = pending * ni;
        System.arraycopy(cfg, 0, stimulus, i, ni);
        stimulus[i + port] = 1;
        stimulus[i + THRESHOLD_IN] = port == THRESHOLD_WE ? value : 0;
        pending++;
    }

    private void ensure(int cycles) {
        if (stimulus.length < cycles * INPUTS.size()) {
            stimulus = Arrays.copyOf(stimulus, cycles * INPUTS.size());
            response = new int[cycles * OUTPUTS.size()];
        }
    }

    @Override
    public void close() {
        block.close();
    }
}
