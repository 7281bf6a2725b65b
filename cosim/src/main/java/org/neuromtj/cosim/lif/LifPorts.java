package org.neuromtj.cosim.lif;

import java.util.List;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.cosim.Signal;

/** The ports of {@code rtl/lif/lif_array.sv}, in packing order, and their word positions. */
public final class LifPorts {
    /** Neurons of the RTL array. */
    public static final int NEURONS = 256;

    static final int RST = 0;
    static final int CLEAR = 1;
    static final int CFG_WIDTH = 2;
    static final int CFG_LEAK_MUL = 3;
    static final int CFG_SHIFT = 4;
    static final int CFG_DECAY = 5;
    static final int CFG_REFRACTORY = 6;
    static final int CFG_RESET_SUB = 7;
    static final int THRESHOLD_WE = 8;
    static final int THRESHOLD_IN = 9;
    static final int IN_VALID = 10;
    static final int IN_NEURON = 11;
    static final int IN_CURRENT = 12;

    static final int OUT_VALID = 0;
    static final int OUT_NEURON = 1;
    static final int OUT_FIRED = 2;
    static final int OUT_MEMBRANE = 3;
    static final int OUT_REFRACTORY = 4;

    /** The inputs. */
    public static final List<Signal> INPUTS = List.of(new Signal("rst", 1), new Signal("clear", 1),
            new Signal("cfg_width", 6), new Signal("cfg_leak_mul", 1), new Signal("cfg_shift", 5),
            new Signal("cfg_decay", 13), new Signal("cfg_refractory", 8), new Signal("cfg_reset_sub", 1),
            new Signal("threshold_we", 1), new Signal("threshold_in", 32), new Signal("in_valid", 1),
            new Signal("in_neuron", 8), new Signal("in_current", 32));

    /** The outputs. */
    public static final List<Signal> OUTPUTS = List.of(new Signal("out_valid", 1), new Signal("out_neuron", 8),
            new Signal("out_fired", 1), new Signal("out_membrane", 32), new Signal("out_refractory", 8));

    private LifPorts() {
    }

    /** Writes a circuit onto the cfg ports of the cycle whose words start at {@code i}. */
    public static void encode(LifConfig config, int[] words, int i) {
        words[i + CFG_WIDTH] = config.membraneBits();
        words[i + CFG_LEAK_MUL] = config.leak() == LifConfig.Leak.MULTIPLY ? 1 : 0;
        words[i + CFG_SHIFT] = config.leakShift();
        words[i + CFG_DECAY] = config.decay();
        words[i + CFG_REFRACTORY] = config.refractory();
        words[i + CFG_RESET_SUB] = config.reset() == LifConfig.Reset.SUBTRACT ? 1 : 0;
    }

    /**
     * The circuit on the cfg ports of the cycle whose words start at {@code i}, with the threshold the
     * RTL's register takes at reset, 1.
     */
    public static LifConfig decode(int[] words, int i) {
        return new LifConfig(words[i + CFG_WIDTH],
                words[i + CFG_LEAK_MUL] != 0 ? LifConfig.Leak.MULTIPLY : LifConfig.Leak.SHIFT, words[i + CFG_SHIFT],
                words[i + CFG_DECAY], 1, words[i + CFG_REFRACTORY],
                words[i + CFG_RESET_SUB] != 0 ? LifConfig.Reset.SUBTRACT : LifConfig.Reset.ZERO);
    }
}
