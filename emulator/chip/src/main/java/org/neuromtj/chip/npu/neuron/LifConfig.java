package org.neuromtj.chip.npu.neuron;

/**
 * A fixed-point CMOS leaky integrate-and-fire neuron, the discrete form of review 003 eq. 8.
 *
 * @param membraneBits width of the signed membrane register, 2 to 32
 * @param leak         how the membrane decays each timestep
 * @param leakShift    for {@link Leak#SHIFT}: v loses v >> leakShift
 * @param decay        for {@link Leak#MULTIPLY}: v becomes (v·(4096 − decay)) >> 12, decay in 0..4096
 * @param threshold    the neuron fires when the membrane reaches it
 * @param refractory   timesteps after a spike during which input is ignored
 * @param reset        what firing does to the membrane
 */
public record LifConfig(int membraneBits, Leak leak, int leakShift, int decay, int threshold, int refractory,
                        Reset reset) {
    /** Fraction bits of the multiplicative decay, as in Loihi's 12-bit decays. */
    public static final int DECAY_FRACTION_BITS = 12;

    /** Leak circuits. */
    public enum Leak {
        /** Subtract an arithmetic right shift of the membrane: one shifter, no multiplier. */
        SHIFT,
        /** Multiply by a 12-bit retention factor and truncate. */
        MULTIPLY
    }

    /** What happens to the membrane when the neuron fires. */
    public enum Reset {
        /** Set it to zero. */
        ZERO,
        /** Subtract the threshold, keeping the excess. */
        SUBTRACT
    }

    public LifConfig {
        if (membraneBits < 2 || membraneBits > 32 || leakShift < 0 || leakShift > 31 || decay < 0
                || decay > 1 << DECAY_FRACTION_BITS || threshold <= 0
                || threshold > (1L << (membraneBits - 1)) - 1 || refractory < 0 || refractory > 255) {
            throw new IllegalArgumentException("invalid LIF configuration " + this);
        }
    }

    /** Width of the refractory counter, the only register a refractory neuron's update changes. */
    public static final int REFRACTORY_BITS = 8;

    /**
     * The bit operations of one update the clock does not gate, read off the datapath: the leak (the
     * subtract of the shifted membrane, or a 12-bit multiply as twelve shifted adds), the input add,
     * the threshold compare and the membrane register's write, each {@link #membraneBits} wide; firing
     * adds the reset (a subtract, or the clear of the register, counted alike) and the refractory
     * counter's load. A refractory neuron only counts its counter down.
     *
     * @param refractoryNow whether the neuron was refractory at the start of the timestep
     * @param fired         whether it fired
     * @return bit operations, the unit {@code neuron_bit_op} costs
     */
    public long bitOpsPerUpdate(boolean refractoryNow, boolean fired) {
        if (refractoryNow) {
            return REFRACTORY_BITS;
        }
        int leakOps = leak == Leak.SHIFT ? 1 : DECAY_FRACTION_BITS;
        return (long) membraneBits * (leakOps + 3) + (fired ? membraneBits + REFRACTORY_BITS : 0);
    }

    /** @return the largest membrane value */
    public long maxMembrane() {
        return (1L << (membraneBits - 1)) - 1;
    }

    /** @return the smallest membrane value */
    public long minMembrane() {
        return -(1L << (membraneBits - 1));
    }
}
