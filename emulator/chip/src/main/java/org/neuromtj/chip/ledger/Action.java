package org.neuromtj.chip.ledger;

import java.util.Locale;

/**
 * Everything a block of the chip does that costs energy or time, and the time each power domain stays
 * powered. Blocks only count these; the technology file alone says what an action costs, and the
 * floorplan what a powered picosecond leaks.
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
    /**
     * One packet switched by a router onto a link toward a neighbour (its switch traversal; the buffers and the
     * link are their own actions).
     */
    ROUTER_HOP(Block.ROUTER),
    /** One spike word written into the input FIFO (for this tile) or the output FIFO (from it). */
    FIFO_PUSH(Block.SPIKE_FIFOS),
    /** One spike word read from the input FIFO (delivered to this tile's rows) or the output FIFO (by the core). */
    FIFO_POP(Block.SPIKE_FIFOS),
    /** One packet written into a router's input buffer: injected by its tile, or arriving over a link. */
    ROUTER_BUFFER_WRITE(Block.ROUTER),
    /** One packet read out of a router's input buffer toward the switch. */
    ROUTER_BUFFER_READ(Block.ROUTER),
    /** One packet switched by a router to its own tile (delivered to the input map). */
    ROUTER_EJECT(Block.ROUTER),
    /**
     * The wire packets travelled between routers, counted in micrometres: each hop adds one tile pitch, the
     * side of the tile's area (see {@link Floorplan}).
     */
    LINK_UM(Block.ROUTER),
    /** One spike-time check of the learning unit: a synapse's pre- and postsynaptic stamps compared with the window. */
    LEARNING_CHECK(Block.LEARNING),
    /** One wake-up of a power-gated tile. */
    TILE_WAKE(Block.POWER_SWITCHES),
    /** One arithmetic, logic, branch, jump or fence instruction retired by the control core (with its fetch's decode). */
    CORE_ALU(Block.CORE),
    /** One load or store retired by the control core (the memory or device access is its own action). */
    CORE_MEMORY(Block.CORE),
    /** One multiply retired by the control core. */
    CORE_MUL(Block.CORE),
    /** One divide or remainder retired by the control core (iterative: one subtract per quotient bit). */
    CORE_DIV(Block.CORE),
    /** One CSR, environment-call, trap-return or wait instruction retired by the control core. */
    CORE_SYSTEM(Block.CORE),
    /** One 32-bit word read from RAM: an instruction fetch, a load, or a DMA read. */
    RAM_READ(Block.RAM),
    /** One word (or narrower store) written to RAM: a store, a DMA write, or a word from the host link. */
    RAM_WRITE(Block.RAM),
    /** One transfer on the peripheral bus between the core and a device window. */
    BUS_TRANSFER(Block.BUS),
    /** One read or write of a register of the SoC's devices (the tiles' registers count {@link #REGISTER_ACCESS}). */
    PERIPHERAL_ACCESS(Block.PERIPHERALS),
    /** One spike word moved by the DMA engine (its RAM access and FIFO push are their own actions). */
    DMA_WORD(Block.DMA),
    /** One word received over the host link (its write into RAM is its own action). */
    HOST_WORD(Block.HOST_LINK),
    /** Picoseconds the always-on domain was powered: the core, the SoC's devices, the mesh. */
    ALWAYS_ON_PS(null),
    /** Picoseconds the tile's own blocks were powered (not power-gated). */
    TILE_POWERED_PS(null),
    /** Picoseconds times RAM banks powered: each bank counts from its first write. */
    RAM_BANK_PS(null),
    /** Picoseconds the tile's read path was powered: its reads and calibrations. */
    READ_PATH_PS(null),
    /**
     * The Joule heat learning pulses leave in the junctions they cross where the write current flows
     * through the junction itself (spin-transfer torque: the coincident cells and every half-selected one),
     * counted in attojoules, V²·t/R from each junction's own resistance as the pulse found it.
     */
    JUNCTION_HEAT(Block.LEARNING),
    /**
     * The charge of the row and column lines learning pulses drive where the write current flows through the
     * junction (each phase of a coincidence charges its driven lines to its half voltage), counted in cells on
     * the line times the square of its voltage in mV: the technology turns that into C·V² from the
     * capacitance each cell adds to a line.
     */
    LINE_CHARGE(Block.LEARNING);

    private final Block block;

    Action(Block block) {
        this.block = block;
    }

    /** @return the block that performs it; null for the time a power domain stays powered */
    public Block block() {
        return block;
    }

    /**
     * @return whether it counts powered time, whose energy is each block's leakage in that domain (see
     *         {@link Leakage}), rather than an action with an energy of its own
     */
    public boolean isStatic() {
        return block == null;
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
