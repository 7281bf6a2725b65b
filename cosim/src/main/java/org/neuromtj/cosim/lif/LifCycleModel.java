package org.neuromtj.cosim.lif;

import static org.neuromtj.cosim.lif.LifPorts.*;

import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.cosim.CycleModel;

/**
 * The LIF array's cycle behaviour, built on the emulator's {@link LifNeurons}: each accepted update is
 * one {@link LifNeurons#update} call, so the arithmetic checked against the RTL is the arithmetic the
 * chip runs. Around it, what the RTL adds: parameters taken at reset, the threshold register, clear,
 * and outputs registered one edge after their update, holding their value while no update is accepted.
 */
public final class LifCycleModel extends CycleModel {
    private LifNeurons neurons;
    private int neuron;
    private int membrane;
    private int refractory;

    /** An array that holds nothing until its first reset. */
    public LifCycleModel() {
        super(INPUTS, OUTPUTS);
    }

    @Override
    protected void edge(int[] in, int i, int[] out, int o) {
        boolean valid = false;
        boolean fired = false;
        if (in[i + RST] != 0 || in[i + CLEAR] != 0) {
            if (in[i + RST] != 0) {
                neurons = new LifNeurons(NEURONS, decode(in, i), new Ledger());
            }
            neurons.reset();
            neuron = 0;
            membrane = 0;
            refractory = 0;
        } else {
            if (in[i + IN_VALID] != 0) {
                valid = true;
                neuron = in[i + IN_NEURON] & 0xFF;
                fired = neurons.update(neuron, in[i + IN_CURRENT]);
                membrane = neurons.membrane(neuron);
                refractory = neurons.refractory(neuron);
            }
            if (in[i + THRESHOLD_WE] != 0) {
                neurons.setThreshold(in[i + THRESHOLD_IN]);
            }
        }
        out[o + OUT_VALID] = valid ? 1 : 0;
        out[o + OUT_NEURON] = neuron;
        out[o + OUT_FIRED] = fired ? 1 : 0;
        out[o + OUT_MEMBRANE] = membrane;
        out[o + OUT_REFRACTORY] = refractory;
    }
}
