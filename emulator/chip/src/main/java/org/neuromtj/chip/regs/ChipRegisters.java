// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
package org.neuromtj.chip.regs;

/** Register definitions of the NeuroMTJ chip, description version 1. */
public final class ChipRegisters {
    /** Main memory of the control core; code, data and stack of the firmware. */
    public static final long RAM_BASE = 0x80000000L;
    public static final long RAM_SIZE = 0x01000000L;

    /** Interrupt controller source ids. */
    public static final class Irq {
        public static final int UART0 = 10;
        public static final int NPU = 11;

        private Irq() {
        }
    }

    /** Test finisher, compatible with QEMU virt's sifive_test device. A 32-bit write ends the simulation. */
    public static final class Finisher {
        public static final long BASE = 0x00100000L;
        public static final long SIZE = 0x00001000L;
        /** CTRL (WO): Writing a status code ends the simulation. */
        public static final int CTRL = 0x0;
        public static final int CTRL_RESET = 0x0;
        public static final int CTRL_STATUS_LSB = 0;
        public static final int CTRL_STATUS = 0xFFFF;
        public static final int CTRL_CODE_LSB = 16;
        public static final int CTRL_CODE = 0xFFFF0000;
        public static final int PASS = 0x5555;
        public static final int FAIL = 0x3333;
        public static final int RESET = 0x7777;

        private Finisher() {
        }
    }

    /** Core-local interruptor, compatible with SiFive's CLINT: software interrupt, machine timer and the 64-bit time base. mtime counts at the timebase frequency (core clock divided by 10). */
    public static final class Clint {
        public static final long BASE = 0x02000000L;
        public static final long SIZE = 0x00010000L;
        /** MSIP (RW): Machine software interrupt pending for hart 0. */
        public static final int MSIP = 0x0;
        public static final int MSIP_RESET = 0x0;
        public static final int MSIP_MSIP_LSB = 0;
        public static final int MSIP_MSIP = 0x1;
        /** MTIMECMP (RW): Timer compare for hart 0; the machine timer interrupt is pending while MTIME >= MTIMECMP. Accessible as two 32-bit halves. */
        public static final int MTIMECMP = 0x4000;
        public static final long MTIMECMP_RESET = 0xFFFFFFFFFFFFFFFFL;
        /** MTIME (RW): Time base counting at the timebase frequency. Accessible as two 32-bit halves. */
        public static final int MTIME = 0xBFF8;
        public static final long MTIME_RESET = 0x0L;
        public static final int TIMEBASE_HZ = 0x989680;
        public static final int CORE_HZ = 0x5F5E100;

        private Clint() {
        }
    }

    /** Platform-level interrupt controller (subset compatible with QEMU virt's PLIC): 31 sources, one context (hart 0, machine mode). Source 0 does not exist. */
    public static final class Plic {
        public static final long BASE = 0x0C000000L;
        public static final long SIZE = 0x00400000L;
        /** PRIORITY (RW): Priority of source n (0 disables it); element 0 is reserved. */
        public static final int PRIORITY = 0x0;
        public static final int PRIORITY_RESET = 0x0;
        public static final int PRIORITY_COUNT = 32;
        public static final int PRIORITY_STRIDE = 4;
        public static final int PRIORITY_PRIO_LSB = 0;
        public static final int PRIORITY_PRIO = 0x7;
        /** PENDING (RO): One pending bit per source. */
        public static final int PENDING = 0x1000;
        public static final int PENDING_RESET = 0x0;
        /** ENABLE (RW): One enable bit per source for context 0. */
        public static final int ENABLE = 0x2000;
        public static final int ENABLE_RESET = 0x0;
        /** THRESHOLD (RW): Sources whose priority is not above the threshold are masked. */
        public static final int THRESHOLD = 0x200000;
        public static final int THRESHOLD_RESET = 0x0;
        public static final int THRESHOLD_THRESHOLD_LSB = 0;
        public static final int THRESHOLD_THRESHOLD = 0x7;
        /** CLAIM (RW): Reading claims the highest-priority pending enabled source (0 if none) and clears its pending bit; writing the claimed id completes it. */
        public static final int CLAIM = 0x200004;
        public static final int CLAIM_RESET = 0x0;

        private Plic() {
        }
    }

    /** Serial port, a subset of the NS16550A compatible with QEMU virt's: byte registers, no FIFO timing; transmission is instant, so THRE and TEMT always read as 1. */
    public static final class Uart0 {
        public static final long BASE = 0x10000000L;
        public static final long SIZE = 0x00000100L;
        /** RBR (RC): Receive buffer; reading takes the oldest received byte. */
        public static final int RBR = 0x0;
        public static final int RBR_RESET = 0x0;
        /** THR (WO): Transmit holding register; writing sends one byte. */
        public static final int THR = 0x0;
        public static final int THR_RESET = 0x0;
        /** DLL (RW): Divisor latch, low byte. */
        public static final int DLL = 0x0;
        public static final int DLL_RESET = 0x0;
        /** IER (RW): Interrupt enable. */
        public static final int IER = 0x1;
        public static final int IER_RESET = 0x0;
        public static final int IER_ERBFI_LSB = 0;
        public static final int IER_ERBFI = 0x1;
        public static final int IER_ETBEI_LSB = 1;
        public static final int IER_ETBEI = 0x2;
        /** DLM (RW): Divisor latch, high byte. */
        public static final int DLM = 0x1;
        public static final int DLM_RESET = 0x0;
        /** IIR (RC): Interrupt identification; reading it acknowledges a THR-empty interrupt. */
        public static final int IIR = 0x2;
        public static final int IIR_RESET = 0x1;
        public static final int IIR_NOPEND_LSB = 0;
        public static final int IIR_NOPEND = 0x1;
        public static final int IIR_IID_LSB = 1;
        public static final int IIR_IID = 0xE;
        /** FCR (WO): FIFO control; accepted and ignored. */
        public static final int FCR = 0x2;
        public static final int FCR_RESET = 0x0;
        /** LCR (RW): Line control. */
        public static final int LCR = 0x3;
        public static final int LCR_RESET = 0x0;
        public static final int LCR_WLS_LSB = 0;
        public static final int LCR_WLS = 0x3;
        public static final int LCR_STB_LSB = 2;
        public static final int LCR_STB = 0x4;
        public static final int LCR_PEN_LSB = 3;
        public static final int LCR_PEN = 0x8;
        public static final int LCR_DLAB_LSB = 7;
        public static final int LCR_DLAB = 0x80;
        /** MCR (RW): Modem control; stored, no effect. */
        public static final int MCR = 0x4;
        public static final int MCR_RESET = 0x0;
        /** LSR (RO): Line status. */
        public static final int LSR = 0x5;
        public static final int LSR_RESET = 0x60;
        public static final int LSR_DR_LSB = 0;
        public static final int LSR_DR = 0x1;
        public static final int LSR_THRE_LSB = 5;
        public static final int LSR_THRE = 0x20;
        public static final int LSR_TEMT_LSB = 6;
        public static final int LSR_TEMT = 0x40;
        /** MSR (RO): Modem status; always 0. */
        public static final int MSR = 0x6;
        public static final int MSR_RESET = 0x0;
        /** SCR (RW): Scratch register. */
        public static final int SCR = 0x7;
        public static final int SCR_RESET = 0x0;

        private Uart0() {
        }
    }

    /** The neural processing unit: the timestep sequencer, the input and output spike FIFOs, the DMA engine, the routing tables of the mesh and the tiles' input maps and output masks. Its interrupt line is NPU. */
    public static final class Npu {
        public static final long BASE = 0x40000000L;
        public static final long SIZE = 0x00010000L;
        /** MESH (RO): Shape of the mesh of tiles. */
        public static final int MESH = 0x0;
        public static final int MESH_RESET = 0x0;
        public static final int MESH_WIDTH_LSB = 0;
        public static final int MESH_WIDTH = 0xFF;
        public static final int MESH_HEIGHT_LSB = 8;
        public static final int MESH_HEIGHT = 0xFF00;
        /** RUN (WO): Writing N > 0 runs N more timesteps (added to any still to run). */
        public static final int RUN = 0x4;
        public static final int RUN_RESET = 0x0;
        /** STATUS (RO): Sequencer state and sticky errors (cleared by writing ERROR_CLEAR). */
        public static final int STATUS = 0x8;
        public static final int STATUS_RESET = 0x0;
        public static final int STATUS_BUSY_LSB = 0;
        public static final int STATUS_BUSY = 0x1;
        public static final int STATUS_HELD_LSB = 1;
        public static final int STATUS_HELD = 0x2;
        public static final int STATUS_INPUT_OVERFLOW_LSB = 2;
        public static final int STATUS_INPUT_OVERFLOW = 0x4;
        public static final int STATUS_ROUTE_ERROR_LSB = 3;
        public static final int STATUS_ROUTE_ERROR = 0x8;
        public static final int STATUS_DMA_ERROR_LSB = 4;
        public static final int STATUS_DMA_ERROR = 0x10;
        public static final int STATUS_UNMAPPED_LSB = 5;
        public static final int STATUS_UNMAPPED = 0x20;
        /** ERROR_CLEAR (WO): Writing any value clears the sticky error bits of STATUS. */
        public static final int ERROR_CLEAR = 0xC;
        public static final int ERROR_CLEAR_RESET = 0x0;
        /** TIMESTEPS_DONE (RO): Timesteps completed since reset. */
        public static final int TIMESTEPS_DONE = 0x10;
        public static final int TIMESTEPS_DONE_RESET = 0x0;
        /** TIMESTEPS_LEFT (RO): Timesteps still to run. */
        public static final int TIMESTEPS_LEFT = 0x14;
        public static final int TIMESTEPS_LEFT_RESET = 0x0;
        /** LAST_CYCLES (RO): NPU cycles the last timestep took. */
        public static final int LAST_CYCLES = 0x18;
        public static final int LAST_CYCLES_RESET = 0x0;
        /** IRQ_PENDING (W1C): Interrupt causes; the NPU line is raised while any enabled cause is pending. */
        public static final int IRQ_PENDING = 0x20;
        public static final int IRQ_PENDING_RESET = 0x0;
        public static final int IRQ_PENDING_OUTPUT_READY_LSB = 0;
        public static final int IRQ_PENDING_OUTPUT_READY = 0x1;
        public static final int IRQ_PENDING_TIMESTEP_DONE_LSB = 1;
        public static final int IRQ_PENDING_TIMESTEP_DONE = 0x2;
        public static final int IRQ_PENDING_RUN_DONE_LSB = 2;
        public static final int IRQ_PENDING_RUN_DONE = 0x4;
        public static final int IRQ_PENDING_ERROR_LSB = 3;
        public static final int IRQ_PENDING_ERROR = 0x8;
        public static final int IRQ_PENDING_DMA_DONE_LSB = 4;
        public static final int IRQ_PENDING_DMA_DONE = 0x10;
        /** IRQ_ENABLE (RW): Which IRQ_PENDING causes raise the interrupt (same bit layout). */
        public static final int IRQ_ENABLE = 0x24;
        public static final int IRQ_ENABLE_RESET = 0x0;
        /** IN_SPIKE (WO): Queues a spike for a tile's row in the next timestep. */
        public static final int IN_SPIKE = 0x30;
        public static final int IN_SPIKE_RESET = 0x0;
        public static final int IN_SPIKE_ROW_LSB = 0;
        public static final int IN_SPIKE_ROW = 0xFFFF;
        public static final int IN_SPIKE_TILE_LSB = 16;
        public static final int IN_SPIKE_TILE = 0xFFFF0000;
        /** IN_LEVEL (RO): Spikes waiting in the input FIFO. */
        public static final int IN_LEVEL = 0x34;
        public static final int IN_LEVEL_RESET = 0x0;
        /** OUT_SPIKE (RC): Reading takes the oldest output spike out of the FIFO (VALID clear when it was empty). */
        public static final int OUT_SPIKE = 0x38;
        public static final int OUT_SPIKE_RESET = 0x0;
        public static final int OUT_SPIKE_NEURON_LSB = 0;
        public static final int OUT_SPIKE_NEURON = 0xFFFF;
        public static final int OUT_SPIKE_TILE_LSB = 16;
        public static final int OUT_SPIKE_TILE = 0x7FFF0000;
        public static final int OUT_SPIKE_VALID_LSB = 31;
        public static final int OUT_SPIKE_VALID = 0x80000000;
        /** OUT_LEVEL (RO): Spikes waiting in the output FIFO. */
        public static final int OUT_LEVEL = 0x3C;
        public static final int OUT_LEVEL_RESET = 0x0;
        /** OUT_TIMESTEP (RO): Timestep of the spike last read from OUT_SPIKE. */
        public static final int OUT_TIMESTEP = 0x40;
        public static final int OUT_TIMESTEP_RESET = 0x0;
        /** ROUTE_TILE (RW): Router whose staged table ROUTE_INDEX and the entry registers address. */
        public static final int ROUTE_TILE = 0x50;
        public static final int ROUTE_TILE_RESET = 0x0;
        /** ROUTE_INDEX (RW): Entry of the staged table. */
        public static final int ROUTE_INDEX = 0x54;
        public static final int ROUTE_INDEX_RESET = 0x0;
        /** ROUTE_KEY (RW): Key of the entry; writing ROUTE_PORTS stores KEY, MASK and PORTS. */
        public static final int ROUTE_KEY = 0x58;
        public static final int ROUTE_KEY_RESET = 0x0;
        /** ROUTE_MASK (RW): Mask of the entry. */
        public static final int ROUTE_MASK = 0x5C;
        public static final int ROUTE_MASK_RESET = 0x0;
        /** ROUTE_PORTS (RW): Route of the entry; writing it stores the entry in the staged table, which grows to hold it. */
        public static final int ROUTE_PORTS = 0x60;
        public static final int ROUTE_PORTS_RESET = 0x0;
        public static final int ROUTE_PORTS_LOCAL_LSB = 0;
        public static final int ROUTE_PORTS_LOCAL = 0x1;
        public static final int ROUTE_PORTS_NORTH_LSB = 1;
        public static final int ROUTE_PORTS_NORTH = 0x2;
        public static final int ROUTE_PORTS_EAST_LSB = 2;
        public static final int ROUTE_PORTS_EAST = 0x4;
        public static final int ROUTE_PORTS_SOUTH_LSB = 3;
        public static final int ROUTE_PORTS_SOUTH = 0x8;
        public static final int ROUTE_PORTS_WEST_LSB = 4;
        public static final int ROUTE_PORTS_WEST = 0x10;
        /** ROUTE_CMD (WO): Routing table commands. */
        public static final int ROUTE_CMD = 0x64;
        public static final int ROUTE_CMD_RESET = 0x0;
        public static final int ROUTE_CMD_COMMIT_LSB = 0;
        public static final int ROUTE_CMD_COMMIT = 0x1;
        public static final int ROUTE_CMD_CLEAR_LSB = 1;
        public static final int ROUTE_CMD_CLEAR = 0x2;
        /** ROUTE_ERROR_TILE (RO): Router named by the last refused commit. */
        public static final int ROUTE_ERROR_TILE = 0x68;
        public static final int ROUTE_ERROR_TILE_RESET = 0x0;
        /** MAP_TILE (RW): Tile whose input map MAP_INDEX and the entry registers address. */
        public static final int MAP_TILE = 0x70;
        public static final int MAP_TILE_RESET = 0x0;
        /** MAP_INDEX (RW): Entry of the input map. */
        public static final int MAP_INDEX = 0x74;
        public static final int MAP_INDEX_RESET = 0x0;
        /** MAP_KEY (RW): Key of the entry. */
        public static final int MAP_KEY = 0x78;
        public static final int MAP_KEY_RESET = 0x0;
        /** MAP_MASK (RW): Mask of the entry. */
        public static final int MAP_MASK = 0x7C;
        public static final int MAP_MASK_RESET = 0x0;
        /** MAP_ROW (RW): First row of the entry; writing it stores KEY, MASK, FANOUT and ROW. */
        public static final int MAP_ROW = 0x80;
        public static final int MAP_ROW_RESET = 0x0;
        /** MAP_FANOUT (RW): Rows each source neuron of the entry drives (1 to 65535; 0 acts as 1), written before MAP_ROW. */
        public static final int MAP_FANOUT = 0x88;
        public static final int MAP_FANOUT_RESET = 0x1;
        /** OUTPUT_ENABLE (WO): Chooses whether a neuron's spikes go to the output FIFO. */
        public static final int OUTPUT_ENABLE = 0x84;
        public static final int OUTPUT_ENABLE_RESET = 0x0;
        public static final int OUTPUT_ENABLE_NEURON_LSB = 0;
        public static final int OUTPUT_ENABLE_NEURON = 0x7FFF;
        public static final int OUTPUT_ENABLE_ENABLE_LSB = 15;
        public static final int OUTPUT_ENABLE_ENABLE = 0x8000;
        public static final int OUTPUT_ENABLE_TILE_LSB = 16;
        public static final int OUTPUT_ENABLE_TILE = 0xFFFF0000;
        /** SPIKES_IN (RO): Rows driven since reset, over all tiles. */
        public static final int SPIKES_IN = 0x90;
        public static final int SPIKES_IN_RESET = 0x0;
        /** SPIKES_FIRED (RO): Neurons fired since reset, over all tiles. */
        public static final int SPIKES_FIRED = 0x94;
        public static final int SPIKES_FIRED_RESET = 0x0;
        /** SPIKES_OUT (RO): Spikes sent to the output FIFO since reset. */
        public static final int SPIKES_OUT = 0x98;
        public static final int SPIKES_OUT_RESET = 0x0;
        /** ROUTER_HOPS (RO): Packets sent over mesh links since reset. */
        public static final int ROUTER_HOPS = 0x9C;
        public static final int ROUTER_HOPS_RESET = 0x0;
        /** ROUTER_STALLS (RO): Cycles a packet waited for credit, link or tile since reset. */
        public static final int ROUTER_STALLS = 0xA0;
        public static final int ROUTER_STALLS_RESET = 0x0;
        /** SPIKES_UNMAPPED (RO): Packets that reached a tile with no input-map entry for their key, since reset. */
        public static final int SPIKES_UNMAPPED = 0xA4;
        public static final int SPIKES_UNMAPPED_RESET = 0x0;
        /** DMA_DESC (RW): RAM address of the first DMA descriptor. */
        public static final int DMA_DESC = 0xB0;
        public static final int DMA_DESC_RESET = 0x0;
        /** DMA_CTRL (WO): DMA commands. */
        public static final int DMA_CTRL = 0xB4;
        public static final int DMA_CTRL_RESET = 0x0;
        public static final int DMA_CTRL_START_LSB = 0;
        public static final int DMA_CTRL_START = 0x1;
        /** DMA_STATUS (RO): DMA engine state. */
        public static final int DMA_STATUS = 0xB8;
        public static final int DMA_STATUS_RESET = 0x0;
        public static final int DMA_STATUS_BUSY_LSB = 0;
        public static final int DMA_STATUS_BUSY = 0x1;
        public static final int DMA_STATUS_ERROR_LSB = 1;
        public static final int DMA_STATUS_ERROR = 0x2;
        public static final int DMA_TO_NPU = 0x0;
        public static final int DMA_FROM_NPU = 0x1;

        private Npu() {
        }
    }

    /** The NPU tile chosen by SELECT: a 1T-1MTJ crossbar read by resistance summation, its TDCs, SOT write driver and neurons. The geometry registers describe the tile as built; the weight window reads and programs single cells through the write driver's sense and write paths. */
    public static final class NpuTile {
        public static final long BASE = 0x40100000L;
        public static final long SIZE = 0x00100000L;
        /** SELECT (RW): Tile (y * WIDTH + x) that every other register of this block addresses. */
        public static final int SELECT = 0x1C;
        public static final int SELECT_RESET = 0x0;
        /** ROWS (RO): Crossbar rows. */
        public static final int ROWS = 0x0;
        public static final int ROWS_RESET = 0x0;
        /** COLUMNS (RO): Crossbar columns. */
        public static final int COLUMNS = 0x4;
        public static final int COLUMNS_RESET = 0x0;
        /** SEGMENT (RO): Cells per series string. */
        public static final int SEGMENT = 0x8;
        public static final int SEGMENT_RESET = 0x0;
        /** LEVELS (RO): Levels a cell holds (2 for binary). */
        public static final int LEVELS = 0xC;
        public static final int LEVELS_RESET = 0x0;
        /** TDC_BITS (RO): Width of a TDC code. */
        public static final int TDC_BITS = 0x10;
        public static final int TDC_BITS_RESET = 0x0;
        /** TDC_COUNT (RO): Number of TDCs. */
        public static final int TDC_COUNT = 0x14;
        public static final int TDC_COUNT_RESET = 0x0;
        /** NEURONS (RO): Neurons in the tile. */
        public static final int NEURONS = 0x18;
        public static final int NEURONS_RESET = 0x0;
        /** CTRL (RW): Write driver policy. */
        public static final int CTRL = 0x20;
        public static final int CTRL_RESET = 0x1;
        public static final int CTRL_VERIFY_LSB = 0;
        public static final int CTRL_VERIFY = 0x1;
        /** CMD (WO): Commands, acting when their bit is written as 1. */
        public static final int CMD = 0x24;
        public static final int CMD_RESET = 0x0;
        public static final int CMD_CALIBRATE_LSB = 0;
        public static final int CMD_CALIBRATE = 0x1;
        public static final int CMD_RESET_NEURONS_LSB = 1;
        public static final int CMD_RESET_NEURONS = 0x2;
        public static final int CMD_CLEAR_COUNTS_LSB = 2;
        public static final int CMD_CLEAR_COUNTS = 0x4;
        /** STATUS (RO): Outcome of the last calibration and writes. */
        public static final int STATUS = 0x28;
        public static final int STATUS_RESET = 0x0;
        public static final int STATUS_CALIBRATED_LSB = 0;
        public static final int STATUS_CALIBRATED = 0x1;
        public static final int STATUS_WRITE_FAILED_LSB = 1;
        public static final int STATUS_WRITE_FAILED = 0x2;
        /** PULSE_MV (RW): SOT write pulse amplitude in millivolts. */
        public static final int PULSE_MV = 0x30;
        public static final int PULSE_MV_RESET = 0x0;
        public static final int PULSE_MV_MV_LSB = 0;
        public static final int PULSE_MV_MV = 0xFFFF;
        /** PULSE_PS (RW): SOT write pulse width in picoseconds. */
        public static final int PULSE_PS = 0x34;
        public static final int PULSE_PS_RESET = 0x0;
        public static final int PULSE_PS_PS_LSB = 0;
        public static final int PULSE_PS_PS = 0xFFFFF;
        /** MAX_RETRIES (RW): Failed pulses allowed per cell with verify. */
        public static final int MAX_RETRIES = 0x38;
        public static final int MAX_RETRIES_RESET = 0x0;
        public static final int MAX_RETRIES_RETRIES_LSB = 0;
        public static final int MAX_RETRIES_RETRIES = 0x3FF;
        /** WRITE_PULSES (RO): SOT pulses since CLEAR_COUNTS. */
        public static final int WRITE_PULSES = 0x40;
        public static final int WRITE_PULSES_RESET = 0x0;
        /** WRITE_RETRIES (RO): Pulses that did not move their cell since CLEAR_COUNTS. */
        public static final int WRITE_RETRIES = 0x44;
        public static final int WRITE_RETRIES_RESET = 0x0;
        /** WRITE_FAILS (RO): Cells left at a wrong level since CLEAR_COUNTS. */
        public static final int WRITE_FAILS = 0x48;
        public static final int WRITE_FAILS_RESET = 0x0;
        /** LEARN_CTRL (RW): The selected tile's learning rule (002's nine STDP rules, Hebb or Oja), changeable at any time. */
        public static final int LEARN_CTRL = 0x50;
        public static final int LEARN_CTRL_RESET = 0x0;
        public static final int LEARN_CTRL_MODE_LSB = 0;
        public static final int LEARN_CTRL_MODE = 0x3;
        public static final int LEARN_CTRL_CAUSAL_LSB = 2;
        public static final int LEARN_CTRL_CAUSAL = 0xC;
        public static final int LEARN_CTRL_ACAUSAL_LSB = 4;
        public static final int LEARN_CTRL_ACAUSAL = 0x30;
        public static final int LEARN_CTRL_WINDOW_LSB = 8;
        public static final int LEARN_CTRL_WINDOW = 0xFF00;
        /** LEARN_PULSE (RW): Learning pulse amplitude; it falls with |dt| so the switching probability does. */
        public static final int LEARN_PULSE = 0x54;
        public static final int LEARN_PULSE_RESET = 0x0;
        public static final int LEARN_PULSE_AMPLITUDE_MV_LSB = 0;
        public static final int LEARN_PULSE_AMPLITUDE_MV = 0xFFFF;
        public static final int LEARN_PULSE_DECAY_MV_LSB = 16;
        public static final int LEARN_PULSE_DECAY_MV = 0xFFFF0000;
        /** LEARN_DEPRESS (RW): Where learning pulses pass through the junction (an STT switching law), the amplitude of those that drive a junction toward antiparallel (Oja's depressing phase, and a differential synapse's partner junction); VCMA helps one polarity and hinders the other, so they may need another voltage than LEARN_PULSE's. */
        public static final int LEARN_DEPRESS = 0x74;
        public static final int LEARN_DEPRESS_RESET = 0x0;
        public static final int LEARN_DEPRESS_AMPLITUDE_MV_LSB = 0;
        public static final int LEARN_DEPRESS_AMPLITUDE_MV = 0xFFFF;
        /** LEARN_WIDTH_PS (RW): Learning and mask pulse width, picoseconds. */
        public static final int LEARN_WIDTH_PS = 0x58;
        public static final int LEARN_WIDTH_PS_RESET = 0x2EE;
        public static final int LEARN_WIDTH_PS_PS_LSB = 0;
        public static final int LEARN_WIDTH_PS_PS = 0xFFFFF;
        /** LEARN_ROWS (RW): Rows whose synapses learn; the others never change. */
        public static final int LEARN_ROWS = 0x5C;
        public static final int LEARN_ROWS_RESET = 0x0;
        public static final int LEARN_ROWS_FIRST_LSB = 0;
        public static final int LEARN_ROWS_FIRST = 0xFFFF;
        public static final int LEARN_ROWS_COUNT_LSB = 16;
        public static final int LEARN_ROWS_COUNT = 0xFFFF0000;
        /** MASK_MV (RW): Neuron-selection mask pulse amplitude in millivolts; 0 turns the mask off. */
        public static final int MASK_MV = 0x60;
        public static final int MASK_MV_RESET = 0x0;
        public static final int MASK_MV_MV_LSB = 0;
        public static final int MASK_MV_MV = 0xFFFF;
        public static final int MASK_MV_HOLD_LSB = 16;
        public static final int MASK_MV_HOLD = 0x10000;
        /** THRESHOLD (RW): Threshold of the selected tile's neurons, 1 to their range (other values are ignored): a CMOS LIF neuron fires at it, a stochastic MTJ neuron's pulse has its offset amplitude at it, an exchange-bias neuron's input pulses start at it. */
        public static final int THRESHOLD = 0x64;
        public static final int THRESHOLD_RESET = 0x0;
        /** LEDGER_ACTION (RW): Action (ACTION_* constant) whose count LEDGER_COUNT_LO and LEDGER_COUNT_HI read for the selected tile. */
        public static final int LEDGER_ACTION = 0x68;
        public static final int LEDGER_ACTION_RESET = 0x0;
        /** LEDGER_COUNT_LO (RO): Low half of the selected tile's count of LEDGER_ACTION since reset; reading it latches the high half. */
        public static final int LEDGER_COUNT_LO = 0x6C;
        public static final int LEDGER_COUNT_LO_RESET = 0x0;
        /** LEDGER_COUNT_HI (RO): High half of the count latched by the last read of LEDGER_COUNT_LO. */
        public static final int LEDGER_COUNT_HI = 0x70;
        public static final int LEDGER_COUNT_HI_RESET = 0x0;
        /** TDC_OFFSET (RW): Raw counts subtracted by TDC n before its gain; set by calibration. TDCs past TDC_COUNT do not exist. */
        public static final int TDC_OFFSET = 0x100;
        public static final int TDC_OFFSET_RESET = 0x0;
        public static final int TDC_OFFSET_COUNT = 64;
        public static final int TDC_OFFSET_STRIDE = 4;
        public static final int TDC_OFFSET_OFFSET_LSB = 0;
        public static final int TDC_OFFSET_OFFSET = 0xFFFF;
        /** TDC_GAIN (RW): Gain of TDC n in 1/256ths; set by calibration. */
        public static final int TDC_GAIN = 0x200;
        public static final int TDC_GAIN_RESET = 0x100;
        public static final int TDC_GAIN_COUNT = 64;
        public static final int TDC_GAIN_STRIDE = 4;
        public static final int TDC_GAIN_GAIN_LSB = 0;
        public static final int TDC_GAIN_GAIN = 0xFFFF;
        /** WEIGHT (RW): Cell (row, column) at WEIGHT + row*COLUMNS + column. A read senses the cell's level; a write programs it through the SOT write driver. Addresses past ROWS*COLUMNS are a bus error. */
        public static final int WEIGHT = 0x10000;
        public static final int WEIGHT_RESET = 0x0;
        public static final int WEIGHT_COUNT = 65536;
        public static final int WEIGHT_STRIDE = 1;
        public static final int LEARN_OFF = 0x0;
        public static final int LEARN_STDP = 0x1;
        public static final int LEARN_HEBB = 0x2;
        public static final int LEARN_OJA = 0x3;
        public static final int ACTION_CELL_READ = 0x0;
        public static final int ACTION_STRING_READ = 0x1;
        public static final int ACTION_TDC_CONVERSION = 0x2;
        public static final int ACTION_TDC_COUNT = 0x3;
        public static final int ACTION_NEURON_UPDATE = 0x4;
        public static final int ACTION_SPIKE = 0x5;
        public static final int ACTION_NEURON_PULSE = 0x6;
        public static final int ACTION_NEURON_RESET = 0x7;
        public static final int ACTION_SOT_PULSE = 0x8;
        public static final int ACTION_VERIFY_READ = 0x9;
        public static final int ACTION_REGISTER_ACCESS = 0xA;
        public static final int ACTION_SOT_HEAT = 0xB;
        public static final int ACTION_COLUMN_CHARGE = 0xC;
        public static final int ACTION_NEURON_BIT_OP = 0xD;
        public static final int ACTION_ROUTER_HOP = 0xE;
        public static final int ACTION_FIFO_PUSH = 0xF;
        public static final int ACTION_FIFO_POP = 0x10;
        public static final int ACTION_ROUTER_BUFFER_WRITE = 0x11;
        public static final int ACTION_ROUTER_BUFFER_READ = 0x12;
        public static final int ACTION_ROUTER_EJECT = 0x13;
        public static final int ACTION_LINK_UM = 0x14;
        public static final int ACTION_LEARNING_CHECK = 0x15;
        public static final int ACTION_TILE_WAKE = 0x16;
        public static final int ACTION_CORE_ALU = 0x17;
        public static final int ACTION_CORE_MEMORY = 0x18;
        public static final int ACTION_CORE_MUL = 0x19;
        public static final int ACTION_CORE_DIV = 0x1A;
        public static final int ACTION_CORE_SYSTEM = 0x1B;
        public static final int ACTION_RAM_READ = 0x1C;
        public static final int ACTION_RAM_WRITE = 0x1D;
        public static final int ACTION_BUS_TRANSFER = 0x1E;
        public static final int ACTION_PERIPHERAL_ACCESS = 0x1F;
        public static final int ACTION_DMA_WORD = 0x20;
        public static final int ACTION_HOST_WORD = 0x21;
        public static final int ACTION_ALWAYS_ON_PS = 0x22;
        public static final int ACTION_TILE_POWERED_PS = 0x23;
        public static final int ACTION_RAM_BANK_PS = 0x24;
        public static final int ACTION_READ_PATH_PS = 0x25;
        public static final int ACTION_JUNCTION_HEAT = 0x26;
        public static final int ACTION_LINE_CHARGE = 0x27;
        public static final int RULE_NONE = 0x0;
        public static final int RULE_LTP = 0x1;
        public static final int RULE_LTD = 0x2;

        private NpuTile() {
        }
    }

    /** The host link of the development board: the files the host offers (a chip image, a dataset), copied into RAM by a DMA window, and a mailbox through which firmware reports to the host (results, progress, phase marks). The runner decides what the files are; their order is the command line's. */
    public static final class Host {
        public static final long BASE = 0x40200000L;
        public static final long SIZE = 0x00001000L;
        /** FILES (RO): Number of files the host offers. */
        public static final int FILES = 0x0;
        public static final int FILES_RESET = 0x0;
        /** FILE (RW): File that FILE_SIZE and the DMA window address, from 0. */
        public static final int FILE = 0x4;
        public static final int FILE_RESET = 0x0;
        /** FILE_SIZE (RO): Bytes of the selected file (0 when FILE is past the last). */
        public static final int FILE_SIZE = 0x8;
        public static final int FILE_SIZE_RESET = 0x0;
        /** OFFSET (RW): Byte of the selected file at which the next copy starts. */
        public static final int OFFSET = 0xC;
        public static final int OFFSET_RESET = 0x0;
        /** ADDRESS (RW): RAM address the next copy writes to. */
        public static final int ADDRESS = 0x10;
        public static final int ADDRESS_RESET = 0x0;
        /** LENGTH (RW): Bytes the next copy moves. */
        public static final int LENGTH = 0x14;
        public static final int LENGTH_RESET = 0x0;
        /** CTRL (WO): DMA window commands. */
        public static final int CTRL = 0x18;
        public static final int CTRL_RESET = 0x0;
        public static final int CTRL_START_LSB = 0;
        public static final int CTRL_START = 0x1;
        /** STATUS (RO): DMA window state. */
        public static final int STATUS = 0x1C;
        public static final int STATUS_RESET = 0x0;
        public static final int STATUS_BUSY_LSB = 0;
        public static final int STATUS_BUSY = 0x1;
        public static final int STATUS_ERROR_LSB = 1;
        public static final int STATUS_ERROR = 0x2;
        /** MBOX_ARG0 (RW): First argument of the next mailbox command. */
        public static final int MBOX_ARG0 = 0x20;
        public static final int MBOX_ARG0_RESET = 0x0;
        /** MBOX_ARG1 (RW): Second argument of the next mailbox command. */
        public static final int MBOX_ARG1 = 0x24;
        public static final int MBOX_ARG1_RESET = 0x0;
        /** MBOX_ARG2 (RW): Third argument of the next mailbox command. */
        public static final int MBOX_ARG2 = 0x28;
        public static final int MBOX_ARG2_RESET = 0x0;
        /** MBOX_CMD (WO): Writing a command (MBOX_* constant) hands it and its arguments to the host. */
        public static final int MBOX_CMD = 0x2C;
        public static final int MBOX_CMD_RESET = 0x0;
        /** MBOX_REPLY (RO): The host's answer to the last command: 0 taken, 1 unknown command. */
        public static final int MBOX_REPLY = 0x30;
        public static final int MBOX_REPLY_RESET = 0x0;
        public static final int MBOX_RESULT = 0x1;
        public static final int MBOX_PROGRESS = 0x2;
        public static final int MBOX_MARK = 0x3;
        public static final int MBOX_SPIKE = 0x4;

        private Host() {
        }
    }

    private ChipRegisters() {
    }
}
