package org.neuromtj.chip.npu.neuron;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.foundation.random.CounterStreams;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * What the MTJ neuron arrays share: each neuron's switching draws come from its own stream, the tile's
 * threshold register offsets the input (where a layer's neurons begin to respond), and the pulses,
 * resets and spikes are counted alike.
 */
public abstract class MtjNeuronArray implements NeuronArray, ThresholdRegister {
    /** The largest threshold: the input's range. */
    public static final int MAX_THRESHOLD = 0xFFFF;
    /** Each neuron's switching draws. */
    protected final CounterStreams streams;
    private final Ledger ledger;
    private int threshold;

    /**
     * @param count      number of neurons
     * @param threshold  the threshold register's first value, 1 to {@link #MAX_THRESHOLD}
     * @param masterSeed the run's seed
     * @param name       the array's stable name
     * @param ledger     where pulses and spikes are counted
     */
    protected MtjNeuronArray(int count, int threshold, long masterSeed, String name, Ledger ledger) {
        this.streams = new CounterStreams(masterSeed, name, count);
        this.ledger = ledger;
        setThreshold(threshold);
    }

    @Override
    public int size() {
        return streams.size();
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public long maxThreshold() {
        return MAX_THRESHOLD;
    }

    @Override
    public void setThreshold(int value) {
        if (value < 1 || value > MAX_THRESHOLD) {
            throw new IllegalArgumentException("threshold " + value + " outside 1.." + MAX_THRESHOLD);
        }
        threshold = value;
    }

    /** Counts a timestep's input pulses and its spikes, each of which a reset pulse follows. */
    protected void count(long pulses, int spikes) {
        ledger.add(Action.NEURON_PULSE, pulses);
        ledger.add(Action.NEURON_RESET, spikes);
        ledger.add(Action.SPIKE, spikes);
    }

    /** Writes the streams and the threshold, within the subclass's section. */
    protected void saveShared(StateWriter out) {
        streams.save(out);
        out.i32(threshold);
    }

    /** Reads what {@link #saveShared} wrote. */
    protected void restoreShared(StateReader in) {
        streams.restore(in);
        threshold = in.i32();
    }
}
