package org.neuromtj.chip.ledger;

import java.util.Locale;

/**
 * Everything a tile does that costs energy or time. Blocks only count these; the technology file
 * alone says what each one costs.
 */
public enum Action {
    /** One cell placed in a series string during a read (its row driven). */
    CELL_READ(Block.CROSSBAR),
    /** One series string charged to the comparator threshold. */
    STRING_READ(Block.CROSSBAR),
    /** One conversion of a string's charging time to a code. */
    TDC_CONVERSION(Block.TDC),
    /** One clock period counted by a TDC during a conversion. */
    TDC_COUNT(Block.TDC),
    /**
     * One CMOS LIF neuron's state updated in a timestep; a neuron whose update would change nothing (no
     * input, nothing to leak, not refractory, no spike) is clock-gated and not counted.
     */
    NEURON_UPDATE(Block.NEURONS),
    /** One spike emitted by a neuron. */
    SPIKE(Block.NEURONS),
    /** One heating or stochastic-drive pulse into an MTJ neuron. */
    NEURON_PULSE(Block.NEURONS),
    /** One reset pulse returning an MTJ neuron after it fired. */
    NEURON_RESET(Block.NEURONS),
    /** One SOT write pulse into a crossbar cell. */
    SOT_PULSE(Block.WRITE_DRIVER),
    /** One single-cell read that checks a write. */
    VERIFY_READ(Block.WRITE_DRIVER),
    /** One read or write of a tile register or of the weight window. */
    REGISTER_ACCESS(Block.REGISTERS),
    /**
     * The Joule heat of SOT pulses in their write line, counted in mV²·ps (each pulse's amplitude
     * squared times its width, as the firmware programmed them): the energy follows the pulses, and
     * the technology turns it into joules through the line's resistance.
     */
    SOT_HEAT(Block.WRITE_DRIVER),
    /**
     * The charge of the strings' columns during reads, counted in cell capacitances charged (a string's
     * cells, driven or bypassed, all load its column); the technology derives its energy from the read
     * path.
     */
    COLUMN_CHARGE(Block.CROSSBAR),
    /** One bit of an add, compare or register write in a CMOS neuron's datapath (see LifConfig). */
    NEURON_BIT_OP(Block.NEURONS),
    /** One packet sent by the tile's router over a link to a neighbour's input buffer. */
    ROUTER_HOP(Block.ROUTER),
    /** One spike word written into the input FIFO (for this tile) or the output FIFO (from it). */
    FIFO_PUSH(Block.SPIKE_FIFOS),
    /** One spike word read from the input FIFO (delivered to this tile's rows) or the output FIFO (by the core). */
    FIFO_POP(Block.SPIKE_FIFOS);

    private final Block block;

    Action(Block block) {
        this.block = block;
    }

    /** @return the block that performs it */
    public Block block() {
        return block;
    }

    /**
     * @param amplitudeMv a pulse's amplitude
     * @param widthPs     its width
     * @return what one such pulse adds to {@link #SOT_HEAT}, in mV²·ps
     */
    public static long sotHeat(long amplitudeMv, long widthPs) {
        return amplitudeMv * amplitudeMv * widthPs;
    }

    /** @return the action's key in the technology file, such as {@code cell_read} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
