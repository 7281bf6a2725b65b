package org.neuromtj.chip.npu.learning;

/**
 * A tile's learning rule, set by firmware at run time (metaplasticity).
 *
 * <p>The nine STDP rules of the SOT-MTJ paper (002, Fig. 1d) are the pairs ({@code causal},
 * {@code acausal}) of {@link Plasticity}: what a pairing does when the presynaptic spike came first
 * (Δt = t_post − t_pre ≥ 0, pre and post in the same timestep counting as causal) and when the
 * postsynaptic one did (Δt &lt; 0). A pairing applies one SOT pulse whose amplitude falls with |Δt|,
 * {@code amplitudeMv − decayMvPerStep·|Δt|}, so that its switching probability falls with |Δt| as the
 * switching law says; pairings further apart than {@code windowSteps} do nothing.
 *
 * @param mode              what the unit does
 * @param causal            the rule for Δt ≥ 0
 * @param acausal           the rule for Δt &lt; 0
 * @param windowSteps       largest |Δt| that still pairs, in timesteps
 * @param amplitudeMv       pulse amplitude at Δt = 0
 * @param decayMvPerStep    amplitude lost per timestep of |Δt|
 * @param widthPs           pulse width
 * @param firstRow          first plastic row; rows outside [firstRow, firstRow + rows) never change
 * @param rows              number of plastic rows
 * @param maskMv            neuron-selection pulse amplitude, 0 to disable the mask (002)
 * @param maskHold          whether the selection junctions keep one draw (made when the mask is written)
 *                          instead of being drawn anew every timestep
 * @param depressMv         where the pulses pass through the junction, the amplitude of those that drive a
 *                          junction toward antiparallel (Oja's depressing phase, and a differential synapse's
 *                          partner junction in either phase): their polarity meets VCMA the other way, so
 *                          they may need another; 0 for {@code amplitudeMv}
 */
public record LearningConfig(Mode mode, Plasticity causal, Plasticity acausal, int windowSteps, int amplitudeMv,
                             int decayMvPerStep, int widthPs, int firstRow, int rows, int maskMv, boolean maskHold,
                             int depressMv) {

    /** A rule whose pulses toward antiparallel, if any pass through the junction, have the learning amplitude. */
    public LearningConfig(Mode mode, Plasticity causal, Plasticity acausal, int windowSteps, int amplitudeMv,
                          int decayMvPerStep, int widthPs, int firstRow, int rows, int maskMv, boolean maskHold) {
        this(mode, causal, acausal, windowSteps, amplitudeMv, decayMvPerStep, widthPs, firstRow, rows, maskMv, maskHold, 0);
    }

    /** @return the amplitude of a pulse toward antiparallel through the junction */
    public int depressingMv() {
        return depressMv == 0 ? amplitudeMv : depressMv;
    }

    /** What the learning unit does each timestep. */
    public enum Mode {
        /** Nothing. */
        OFF,
        /** Spike-timing-dependent plasticity with the selected rule pair. */
        STDP,
        /**
         * Hebb: a neuron that fired potentiates its synapses from active rows — rows driven in this
         * timestep or within {@code windowSteps} before it (x = 1).
         */
        HEBB,
        /**
         * Oja: for a neuron that fired (y = 1), Δw ∝ y·(x − y·w) = x − w: synapses from active rows are
         * potentiated and those from silent rows depressed, which keeps the weights bounded (004).
         */
        OJA
    }

    /** @return learning off, mask off */
    public static LearningConfig off() {
        return new LearningConfig(Mode.OFF, Plasticity.NONE, Plasticity.NONE, 0, 0, 0, 750, 0, 0, 0, false);
    }
}
