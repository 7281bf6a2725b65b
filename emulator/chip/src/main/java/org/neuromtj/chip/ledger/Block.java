package org.neuromtj.chip.ledger;

/**
 * The blocks of the chip that report actions and take area, for the energy and area breakdowns. Each
 * lies in one power domain, which says what keeps it leaking.
 */
public enum Block {
    /** The 1T-1MTJ array and its series strings. */
    CROSSBAR(Domain.READ_PATH),
    /** The time-to-digital converters. */
    TDC(Domain.READ_PATH),
    /** The neuron array, CMOS or MTJ. */
    NEURONS(Domain.TILE),
    /** The SOT write drivers. */
    WRITE_DRIVER(Domain.TILE),
    /** The tile's register block on the bus. */
    REGISTERS(Domain.TILE),
    /** The tile's learning unit: spike-time stamps and the rule's checks (its pulses are the write driver's). */
    LEARNING(Domain.TILE),
    /** The tile's power switches, which wake it from power gating. */
    POWER_SWITCHES(Domain.TILE),
    /** The event routers: input buffers, switches and the links between neighbours. */
    ROUTER(Domain.ALWAYS_ON),
    /** The spike FIFOs between the core and the mesh, charged to the tile a spike enters or leaves. */
    SPIKE_FIFOS(Domain.ALWAYS_ON),
    /** The RV32IM control core. */
    CORE(Domain.ALWAYS_ON),
    /** Main memory, in banks. */
    RAM(Domain.RAM_BANKS),
    /** The peripheral bus from the core to every device window. */
    BUS(Domain.ALWAYS_ON),
    /** The registers of the SoC's devices: UART, CLINT, PLIC, host link and the NPU's control block. */
    PERIPHERALS(Domain.ALWAYS_ON),
    /** The NPU's spike DMA engine. */
    DMA(Domain.ALWAYS_ON),
    /** The development board's host link. */
    HOST_LINK(Domain.ALWAYS_ON);

    /** What keeps a block powered, and so leaking. */
    public enum Domain {
        /** Powered from reset to the end: the core, the SoC's devices and the mesh. */
        ALWAYS_ON,
        /** A tile's own blocks, power-gated while the tile has never been used (see {@code NpuConfig}). */
        TILE,
        /**
         * A tile's read path (the array's transistors and the converters), which holds no state: powered only
         * while it reads, in a timestep's read phase or a calibration.
         */
        READ_PATH,
        /** A RAM bank, power-gated while it holds only zeros. */
        RAM_BANKS;

        /** @return the action that counts the domain's powered time, in picoseconds per powered unit */
        public Action time() {
            // A switch, not a field: Action's constants refer to Block's, so neither may need the other's at construction.
            return switch (this) {
                case ALWAYS_ON -> Action.ALWAYS_ON_PS;
                case TILE -> Action.TILE_POWERED_PS;
                case READ_PATH -> Action.READ_PATH_PS;
                case RAM_BANKS -> Action.RAM_BANK_PS;
            };
        }
    }

    private final Domain domain;

    Block(Domain domain) {
        this.domain = domain;
    }

    /** @return whether it is part of the NPU (tiles, routers, spike FIFOs) rather than of the SoC around it */
    public boolean inNpu() {
        return domain == Domain.TILE || domain == Domain.READ_PATH || this == ROUTER || this == SPIKE_FIFOS;
    }

    /** @return the power domain it lies in */
    public Domain domain() {
        return domain;
    }
}
