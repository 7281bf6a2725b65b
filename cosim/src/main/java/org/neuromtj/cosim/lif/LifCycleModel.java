package org.neuromtj.cosim.lif;

import static org.neuromtj.cosim.lif.LifPorts.*;

import java.util.List;
import org.neuromtj.cosim.ClockedBlock;
import org.neuromtj.cosim.Signal;
import org.neuromtj.emulator.ledger.Ledger;
import org.neuromtj.emulator.npu.neuron.LifNeurons;

/**
 * The LIF array's cycle behaviour, built on the emulator's {@link LifNeurons}: each accepted update is
 * one {@link LifNeurons#update} call, so the arithmetic checked against the RTL is the arithmetic the
 * chip runs. Around it, what the RTL adds: parameters taken at reset, the threshold register, clear,
 * and outputs registered one edge after their update, holding their value while no update is accepted.
 */
public final class LifCycleModel implements ClockedBlock {
    private LifNeurons neurons;
    private int neuron;
    private int membrane;
    private int refractory;

    @Override
    public List<Signal> inputs() {
        return INPUTS;
    }

    @Override
    public List<Signal> outputs() {
        return OUTPUTS;
    }

    @Override
    public void run(int cycles, int[] stimulus, int[] response) {
        int ni = INPUTS.size();
        int no = OUTPUTS.size();
        for (int c = 0; c < cycles; c++) {
            int i = c * ni;
            int o = c * no;
            boolean valid = false;
            boolean fired = false;
            if (stimulus[i + RST] != 0 || stimulus[i + CLEAR] != 0) {
                if (stimulus[i + RST] != 0) {
                    neurons = new LifNeurons(NEURONS, decode(stimulus, i), new Ledger());
                }
                neurons.reset();
                neuron = 0;
                membrane = 0;
                refractory = 0;
            } else {
                if (stimulus[i + IN_VALID] != 0) {
                    valid = true;
                    neuron = stimulus[i + IN_NEURON] & 0xFF;
                    fired = neurons.update(neuron, stimulus[i + IN_CURRENT]);
                    membrane = neurons.membrane(neuron);
                    refractory = neurons.refractory(neuron);
                }
                if (stimulus[i + THRESHOLD_WE] != 0) {
                    neurons.setThreshold(stimulus[i + THRESHOLD_IN]);
                }
            }
            response[o + OUT_VALID] = valid ? 1 : 0;
            response[o + OUT_NEURON] = neuron;
            response[o + OUT_FIRED] = fired ? 1 : 0;
            response[o + OUT_MEMBRANE] = membrane;
            response[o + OUT_REFRACTORY] = refractory;
        }
    }
}
