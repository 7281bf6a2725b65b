// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
package org.neuromtj.chip.regs;

import java.util.List;
import java.util.Optional;
import org.neuromtj.isa.regs.Access;
import org.neuromtj.isa.regs.Constant;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.InterruptSource;
import org.neuromtj.isa.regs.Memory;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * The register description of the NeuroMTJ chip, version 1, as built values: what
 * {@link RegisterMap#load()} reads, without parsing it at every start.
 */
public final class ChipRegisterMap {
    /** The description. */
    public static final RegisterMap MAP = new RegisterMap("NeuroMTJ", "NMTJ", 1, memories(), devices(), interrupts());

    private ChipRegisterMap() {
    }

    private static List<Memory> memories() {
        return List.of(
                new Memory("RAM", 0x80000000L, 0x1000000L, "Main memory of the control core; code, data and stack of the firmware."));
    }

    private static List<InterruptSource> interrupts() {
        return List.of(
                new InterruptSource("UART0", 10, "UART0", "UART0 receive data available or THR empty."),
                new InterruptSource("NPU", 11, "NPU", "NPU: output ready, timestep or run done, DMA done, error (see IRQ_PENDING)."));
    }

    private static List<Device> devices() {
        return List.of(
                finisher(),
                clint(),
                plic(),
                uart0(),
                npu(),
                npuTile(),
                host());
    }

    private static Device finisher() {
        return new Device("FINISHER", 0x100000L, 0x1000L,
                "Test finisher, compatible with QEMU virt's sifive_test device. A 32-bit write ends the simulation.",
                List.of(
                        new Register("CTRL", 0x0L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Writing a status code ends the simulation.",
                                List.of(
                                        new Field("STATUS", 0, 16, "0x5555 exits with status 0, 0x3333 exits with status CODE, 0x7777 resets."),
                                        new Field("CODE", 16, 16, "Exit status used with STATUS 0x3333.")))),
                List.of(
                        new Constant("PASS", 0x5555L, "STATUS value for a successful exit."),
                        new Constant("FAIL", 0x3333L, "STATUS value for an exit with CODE."),
                        new Constant("RESET", 0x7777L, "STATUS value requesting a reset.")));
    }

    private static Device clint() {
        return new Device("CLINT", 0x2000000L, 0x10000L,
                "Core-local interruptor, compatible with SiFive's CLINT: software interrupt, machine timer and the 64-bit time base. mtime counts at the timebase frequency (core clock divided by 10).",
                List.of(
                        new Register("MSIP", 0x0L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Machine software interrupt pending for hart 0.",
                                List.of(
                                        new Field("MSIP", 0, 1, "Raises the machine software interrupt while set."))),
                        new Register("MTIMECMP", 0x4000L, 64, Access.RW, Optional.empty(), 0xFFFFFFFFFFFFFFFFL, 1, 8,
                                "Timer compare for hart 0; the machine timer interrupt is pending while MTIME >= MTIMECMP. Accessible as two 32-bit halves.",
                                List.of()),
                        new Register("MTIME", 0xBFF8L, 64, Access.RW, Optional.empty(), 0x0L, 1, 8,
                                "Time base counting at the timebase frequency. Accessible as two 32-bit halves.",
                                List.of())),
                List.of(
                        new Constant("TIMEBASE_HZ", 0x989680L, "Frequency of MTIME in hertz."),
                        new Constant("CORE_HZ", 0x5F5E100L, "Frequency of the control core clock (mcycle) in hertz.")));
    }

    private static Device plic() {
        return new Device("PLIC", 0xC000000L, 0x400000L,
                "Platform-level interrupt controller (subset compatible with QEMU virt's PLIC): 31 sources, one context (hart 0, machine mode). Source 0 does not exist.",
                List.of(
                        new Register("PRIORITY", 0x0L, 32, Access.RW, Optional.empty(), 0x0L, 32, 4,
                                "Priority of source n (0 disables it); element 0 is reserved.",
                                List.of(
                                        new Field("PRIO", 0, 3, "Priority 0..7."))),
                        new Register("PENDING", 0x1000L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "One pending bit per source.",
                                List.of()),
                        new Register("ENABLE", 0x2000L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "One enable bit per source for context 0.",
                                List.of()),
                        new Register("THRESHOLD", 0x200000L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Sources whose priority is not above the threshold are masked.",
                                List.of(
                                        new Field("THRESHOLD", 0, 3, "Threshold 0..7."))),
                        new Register("CLAIM", 0x200004L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Reading claims the highest-priority pending enabled source (0 if none) and clears its pending bit; writing the claimed id completes it.",
                                List.of())),
                List.of());
    }

    private static Device uart0() {
        return new Device("UART0", 0x10000000L, 0x100L,
                "Serial port, a subset of the NS16550A compatible with QEMU virt's: byte registers, no FIFO timing; transmission is instant, so THRE and TEMT always read as 1.",
                List.of(
                        new Register("RBR", 0x0L, 8, Access.RC, Optional.of("LCR.DLAB=0"), 0x0L, 1, 1,
                                "Receive buffer; reading takes the oldest received byte.",
                                List.of()),
                        new Register("THR", 0x0L, 8, Access.WO, Optional.of("LCR.DLAB=0"), 0x0L, 1, 1,
                                "Transmit holding register; writing sends one byte.",
                                List.of()),
                        new Register("DLL", 0x0L, 8, Access.RW, Optional.of("LCR.DLAB=1"), 0x0L, 1, 1,
                                "Divisor latch, low byte.",
                                List.of()),
                        new Register("IER", 0x1L, 8, Access.RW, Optional.of("LCR.DLAB=0"), 0x0L, 1, 1,
                                "Interrupt enable.",
                                List.of(
                                        new Field("ERBFI", 0, 1, "Received data available interrupt enable."),
                                        new Field("ETBEI", 1, 1, "Transmit holding register empty interrupt enable."))),
                        new Register("DLM", 0x1L, 8, Access.RW, Optional.of("LCR.DLAB=1"), 0x0L, 1, 1,
                                "Divisor latch, high byte.",
                                List.of()),
                        new Register("IIR", 0x2L, 8, Access.RC, Optional.empty(), 0x1L, 1, 1,
                                "Interrupt identification; reading it acknowledges a THR-empty interrupt.",
                                List.of(
                                        new Field("NOPEND", 0, 1, "1 when no interrupt is pending."),
                                        new Field("IID", 1, 3, "2: received data available; 1: THR empty."))),
                        new Register("FCR", 0x2L, 8, Access.WO, Optional.empty(), 0x0L, 1, 1,
                                "FIFO control; accepted and ignored.",
                                List.of()),
                        new Register("LCR", 0x3L, 8, Access.RW, Optional.empty(), 0x0L, 1, 1,
                                "Line control.",
                                List.of(
                                        new Field("WLS", 0, 2, "Word length select."),
                                        new Field("STB", 2, 1, "Stop bits."),
                                        new Field("PEN", 3, 1, "Parity enable."),
                                        new Field("DLAB", 7, 1, "Divisor latch access."))),
                        new Register("MCR", 0x4L, 8, Access.RW, Optional.empty(), 0x0L, 1, 1,
                                "Modem control; stored, no effect.",
                                List.of()),
                        new Register("LSR", 0x5L, 8, Access.RO, Optional.empty(), 0x60L, 1, 1,
                                "Line status.",
                                List.of(
                                        new Field("DR", 0, 1, "Received data ready."),
                                        new Field("THRE", 5, 1, "Transmit holding register empty."),
                                        new Field("TEMT", 6, 1, "Transmitter empty."))),
                        new Register("MSR", 0x6L, 8, Access.RO, Optional.empty(), 0x0L, 1, 1,
                                "Modem status; always 0.",
                                List.of()),
                        new Register("SCR", 0x7L, 8, Access.RW, Optional.empty(), 0x0L, 1, 1,
                                "Scratch register.",
                                List.of())),
                List.of());
    }

    private static Device npu() {
        return new Device("NPU", 0x40000000L, 0x10000L,
                "The neural processing unit: the timestep sequencer, the input and output spike FIFOs, the DMA engine, the routing tables of the mesh and the tiles' input maps and output masks. Its interrupt line is NPU.",
                List.of(
                        new Register("MESH", 0x0L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Shape of the mesh of tiles.",
                                List.of(
                                        new Field("WIDTH", 0, 8, "Tiles in x."),
                                        new Field("HEIGHT", 8, 8, "Tiles in y."))),
                        new Register("RUN", 0x4L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Writing N > 0 runs N more timesteps (added to any still to run).",
                                List.of()),
                        new Register("STATUS", 0x8L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Sequencer state and sticky errors (cleared by writing ERROR_CLEAR).",
                                List.of(
                                        new Field("BUSY", 0, 1, "Timesteps are running or remain to run."),
                                        new Field("HELD", 1, 1, "The sequencer waits for the core to read the full output FIFO."),
                                        new Field("INPUT_OVERFLOW", 2, 1, "An input spike was refused (FIFO full, or no such tile or row)."),
                                        new Field("ROUTE_ERROR", 3, 1, "A routing table commit was refused; see ROUTE_ERROR_TILE."),
                                        new Field("DMA_ERROR", 4, 1, "A DMA descriptor pointed outside RAM, or back into its own chain; that transfer stopped."),
                                        new Field("UNMAPPED", 5, 1, "A packet reached a tile whose input map has no entry for its key; it drove no row and was counted in SPIKES_UNMAPPED. Set when that timestep ends."))),
                        new Register("ERROR_CLEAR", 0xCL, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Writing any value clears the sticky error bits of STATUS.",
                                List.of()),
                        new Register("TIMESTEPS_DONE", 0x10L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Timesteps completed since reset.",
                                List.of()),
                        new Register("TIMESTEPS_LEFT", 0x14L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Timesteps still to run.",
                                List.of()),
                        new Register("LAST_CYCLES", 0x18L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "NPU cycles the last timestep took.",
                                List.of()),
                        new Register("IRQ_PENDING", 0x20L, 32, Access.W1C, Optional.empty(), 0x0L, 1, 4,
                                "Interrupt causes; the NPU line is raised while any enabled cause is pending.",
                                List.of(
                                        new Field("OUTPUT_READY", 0, 1, "The output FIFO holds a spike."),
                                        new Field("TIMESTEP_DONE", 1, 1, "A timestep completed."),
                                        new Field("RUN_DONE", 2, 1, "The last timestep of a RUN completed."),
                                        new Field("ERROR", 3, 1, "An error bit of STATUS was set."),
                                        new Field("DMA_DONE", 4, 1, "A DMA descriptor chain completed."))),
                        new Register("IRQ_ENABLE", 0x24L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Which IRQ_PENDING causes raise the interrupt (same bit layout).",
                                List.of()),
                        new Register("IN_SPIKE", 0x30L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Queues a spike for a tile's row in the next timestep.",
                                List.of(
                                        new Field("ROW", 0, 16, "Row of the tile."),
                                        new Field("TILE", 16, 16, "Tile index (y * WIDTH + x)."))),
                        new Register("IN_LEVEL", 0x34L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Spikes waiting in the input FIFO.",
                                List.of()),
                        new Register("OUT_SPIKE", 0x38L, 32, Access.RC, Optional.empty(), 0x0L, 1, 4,
                                "Reading takes the oldest output spike out of the FIFO (VALID clear when it was empty).",
                                List.of(
                                        new Field("NEURON", 0, 16, "Neuron of the tile."),
                                        new Field("TILE", 16, 15, "Tile index."),
                                        new Field("VALID", 31, 1, "A spike was read."))),
                        new Register("OUT_LEVEL", 0x3CL, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Spikes waiting in the output FIFO.",
                                List.of()),
                        new Register("OUT_TIMESTEP", 0x40L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Timestep of the spike last read from OUT_SPIKE.",
                                List.of()),
                        new Register("ROUTE_TILE", 0x50L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Router whose staged table ROUTE_INDEX and the entry registers address.",
                                List.of()),
                        new Register("ROUTE_INDEX", 0x54L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Entry of the staged table.",
                                List.of()),
                        new Register("ROUTE_KEY", 0x58L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Key of the entry; writing ROUTE_PORTS stores KEY, MASK and PORTS.",
                                List.of()),
                        new Register("ROUTE_MASK", 0x5CL, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Mask of the entry.",
                                List.of()),
                        new Register("ROUTE_PORTS", 0x60L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Route of the entry; writing it stores the entry in the staged table, which grows to hold it.",
                                List.of(
                                        new Field("LOCAL", 0, 1, "To the router's own tile."),
                                        new Field("NORTH", 1, 1, "Toward y - 1."),
                                        new Field("EAST", 2, 1, "Toward x + 1."),
                                        new Field("SOUTH", 3, 1, "Toward y + 1."),
                                        new Field("WEST", 4, 1, "Toward x - 1."))),
                        new Register("ROUTE_CMD", 0x64L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Routing table commands.",
                                List.of(
                                        new Field("COMMIT", 0, 1, "Validate every staged table and put them in force, or set STATUS.ROUTE_ERROR."),
                                        new Field("CLEAR", 1, 1, "Empty the staged table of ROUTE_TILE."))),
                        new Register("ROUTE_ERROR_TILE", 0x68L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Router named by the last refused commit.",
                                List.of()),
                        new Register("MAP_TILE", 0x70L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Tile whose input map MAP_INDEX and the entry registers address.",
                                List.of()),
                        new Register("MAP_INDEX", 0x74L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Entry of the input map.",
                                List.of()),
                        new Register("MAP_KEY", 0x78L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Key of the entry.",
                                List.of()),
                        new Register("MAP_MASK", 0x7CL, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Mask of the entry.",
                                List.of()),
                        new Register("MAP_ROW", 0x80L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "First row of the entry; writing it stores KEY, MASK, FANOUT and ROW.",
                                List.of()),
                        new Register("MAP_FANOUT", 0x88L, 32, Access.RW, Optional.empty(), 0x1L, 1, 4,
                                "Rows each source neuron of the entry drives (1 to 65535; 0 acts as 1), written before MAP_ROW.",
                                List.of()),
                        new Register("OUTPUT_ENABLE", 0x84L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Chooses whether a neuron's spikes go to the output FIFO.",
                                List.of(
                                        new Field("NEURON", 0, 15, "Neuron of the tile."),
                                        new Field("ENABLE", 15, 1, "1 sends its spikes to the core."),
                                        new Field("TILE", 16, 16, "Tile index."))),
                        new Register("SPIKES_IN", 0x90L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Rows driven since reset, over all tiles.",
                                List.of()),
                        new Register("SPIKES_FIRED", 0x94L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Neurons fired since reset, over all tiles.",
                                List.of()),
                        new Register("SPIKES_OUT", 0x98L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Spikes sent to the output FIFO since reset.",
                                List.of()),
                        new Register("ROUTER_HOPS", 0x9CL, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Packets sent over mesh links since reset.",
                                List.of()),
                        new Register("ROUTER_STALLS", 0xA0L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Cycles a packet waited for credit, link or tile since reset.",
                                List.of()),
                        new Register("SPIKES_UNMAPPED", 0xA4L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Packets that reached a tile with no input-map entry for their key, since reset.",
                                List.of()),
                        new Register("DMA_DESC", 0xB0L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "RAM address of the first DMA descriptor.",
                                List.of()),
                        new Register("DMA_CTRL", 0xB4L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "DMA commands.",
                                List.of(
                                        new Field("START", 0, 1, "Run the descriptor chain at DMA_DESC."))),
                        new Register("DMA_STATUS", 0xB8L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "DMA engine state.",
                                List.of(
                                        new Field("BUSY", 0, 1, "A chain is running."),
                                        new Field("ERROR", 1, 1, "The last chain stopped at a descriptor outside RAM, or at one it had already moved.")))),
                List.of(
                        new Constant("DMA_TO_NPU", 0x0L, "Descriptor direction: spike words from RAM to the input FIFO."),
                        new Constant("DMA_FROM_NPU", 0x1L, "Descriptor direction: output spikes from the FIFO to RAM.")));
    }

    private static Device npuTile() {
        return new Device("NPU_TILE", 0x40100000L, 0x100000L,
                "The NPU tile chosen by SELECT: a 1T-1MTJ crossbar read by resistance summation, its TDCs, SOT write driver and neurons. The geometry registers describe the tile as built; the weight window reads and programs single cells through the write driver's sense and write paths.",
                List.of(
                        new Register("SELECT", 0x1CL, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Tile (y * WIDTH + x) that every other register of this block addresses.",
                                List.of()),
                        new Register("ROWS", 0x0L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Crossbar rows.",
                                List.of()),
                        new Register("COLUMNS", 0x4L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Crossbar columns.",
                                List.of()),
                        new Register("SEGMENT", 0x8L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Cells per series string.",
                                List.of()),
                        new Register("LEVELS", 0xCL, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Levels a cell holds (2 for binary).",
                                List.of()),
                        new Register("TDC_BITS", 0x10L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Width of a TDC code.",
                                List.of()),
                        new Register("TDC_COUNT", 0x14L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Number of TDCs.",
                                List.of()),
                        new Register("NEURONS", 0x18L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Neurons in the tile.",
                                List.of()),
                        new Register("CTRL", 0x20L, 32, Access.RW, Optional.empty(), 0x1L, 1, 4,
                                "Write driver policy.",
                                List.of(
                                        new Field("VERIFY", 0, 1, "Verify every weight write and retry until it holds."))),
                        new Register("CMD", 0x24L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Commands, acting when their bit is written as 1.",
                                List.of(
                                        new Field("CALIBRATE", 0, 1, "Run the TDC calibration routine."),
                                        new Field("RESET_NEURONS", 1, 1, "Return every neuron to its reset state."),
                                        new Field("CLEAR_COUNTS", 2, 1, "Clear the write counters and STATUS.WRITE_FAILED."))),
                        new Register("STATUS", 0x28L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Outcome of the last calibration and writes.",
                                List.of(
                                        new Field("CALIBRATED", 0, 1, "The last calibration resolves every count."),
                                        new Field("WRITE_FAILED", 1, 1, "A cell failed to reach its level since CLEAR_COUNTS."))),
                        new Register("PULSE_MV", 0x30L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "SOT write pulse amplitude in millivolts.",
                                List.of(
                                        new Field("MV", 0, 16, "Amplitude in millivolts; 0 acts as 1."))),
                        new Register("PULSE_PS", 0x34L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "SOT write pulse width in picoseconds.",
                                List.of(
                                        new Field("PS", 0, 20, "Width in picoseconds; 0 acts as 1."))),
                        new Register("MAX_RETRIES", 0x38L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Failed pulses allowed per cell with verify.",
                                List.of(
                                        new Field("RETRIES", 0, 10, "Retries per cell."))),
                        new Register("WRITE_PULSES", 0x40L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "SOT pulses since CLEAR_COUNTS.",
                                List.of()),
                        new Register("WRITE_RETRIES", 0x44L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Pulses that did not move their cell since CLEAR_COUNTS.",
                                List.of()),
                        new Register("WRITE_FAILS", 0x48L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Cells left at a wrong level since CLEAR_COUNTS.",
                                List.of()),
                        new Register("LEARN_CTRL", 0x50L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "The selected tile's learning rule (002's nine STDP rules, Hebb or Oja), changeable at any time.",
                                List.of(
                                        new Field("MODE", 0, 2, "LEARN_OFF, LEARN_STDP, LEARN_HEBB or LEARN_OJA."),
                                        new Field("CAUSAL", 2, 2, "RULE_NONE, RULE_LTP or RULE_LTD when pre precedes post (dt >= 0)."),
                                        new Field("ACAUSAL", 4, 2, "RULE_NONE, RULE_LTP or RULE_LTD when post precedes pre (dt < 0)."),
                                        new Field("WINDOW", 8, 8, "Largest |dt| in timesteps that still pairs."))),
                        new Register("LEARN_PULSE", 0x54L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Learning pulse amplitude; it falls with |dt| so the switching probability does.",
                                List.of(
                                        new Field("AMPLITUDE_MV", 0, 16, "Amplitude at dt = 0, millivolts."),
                                        new Field("DECAY_MV", 16, 16, "Millivolts lost per timestep of |dt|."))),
                        new Register("LEARN_DEPRESS", 0x74L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Where learning pulses pass through the junction (an STT switching law), the amplitude of those that drive a junction toward antiparallel (Oja's depressing phase, and a differential synapse's partner junction); VCMA helps one polarity and hinders the other, so they may need another voltage than LEARN_PULSE's.",
                                List.of(
                                        new Field("AMPLITUDE_MV", 0, 16, "Each driven line's share toward antiparallel, millivolts; 0 uses LEARN_PULSE.AMPLITUDE_MV."))),
                        new Register("LEARN_WIDTH_PS", 0x58L, 32, Access.RW, Optional.empty(), 0x2EEL, 1, 4,
                                "Learning and mask pulse width, picoseconds.",
                                List.of(
                                        new Field("PS", 0, 20, "Width in picoseconds; 0 acts as 1."))),
                        new Register("LEARN_ROWS", 0x5CL, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Rows whose synapses learn; the others never change.",
                                List.of(
                                        new Field("FIRST", 0, 16, "First plastic row."),
                                        new Field("COUNT", 16, 16, "Number of plastic rows."))),
                        new Register("MASK_MV", 0x60L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Neuron-selection mask pulse amplitude in millivolts; 0 turns the mask off.",
                                List.of(
                                        new Field("MV", 0, 16, "Amplitude in millivolts."),
                                        new Field("HOLD", 16, 1, "0: the selection junctions are reset and pulsed every timestep. 1: they are pulsed once, when this register is written, and keep that state (a neuron selected out stays silent) until it is written again."))),
                        new Register("THRESHOLD", 0x64L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Threshold of the selected tile's neurons, 1 to their range (other values are ignored): a CMOS LIF neuron fires at it, a stochastic MTJ neuron's pulse has its offset amplitude at it, an exchange-bias neuron's input pulses start at it.",
                                List.of()),
                        new Register("LEDGER_ACTION", 0x68L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Action (ACTION_* constant) whose count LEDGER_COUNT_LO and LEDGER_COUNT_HI read for the selected tile.",
                                List.of()),
                        new Register("LEDGER_COUNT_LO", 0x6CL, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Low half of the selected tile's count of LEDGER_ACTION since reset; reading it latches the high half.",
                                List.of()),
                        new Register("LEDGER_COUNT_HI", 0x70L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "High half of the count latched by the last read of LEDGER_COUNT_LO.",
                                List.of()),
                        new Register("TDC_OFFSET", 0x100L, 32, Access.RW, Optional.empty(), 0x0L, 64, 4,
                                "Raw counts subtracted by TDC n before its gain; set by calibration. TDCs past TDC_COUNT do not exist.",
                                List.of(
                                        new Field("OFFSET", 0, 16, "Offset in TDC clock periods."))),
                        new Register("TDC_GAIN", 0x200L, 32, Access.RW, Optional.empty(), 0x100L, 64, 4,
                                "Gain of TDC n in 1/256ths; set by calibration.",
                                List.of(
                                        new Field("GAIN", 0, 16, "Gain in 1/256ths: 256 is unity, 0 acts as 1."))),
                        new Register("WEIGHT", 0x10000L, 8, Access.RW, Optional.empty(), 0x0L, 65536, 1,
                                "Cell (row, column) at WEIGHT + row*COLUMNS + column. A read senses the cell's level; a write programs it through the SOT write driver. Addresses past ROWS*COLUMNS are a bus error.",
                                List.of())),
                List.of(
                        new Constant("LEARN_OFF", 0x0L, "LEARN_CTRL.MODE: no learning; the unit records no spike times, so spikes while it is off never pair with later ones."),
                        new Constant("LEARN_STDP", 0x1L, "LEARN_CTRL.MODE: STDP with the CAUSAL and ACAUSAL rules."),
                        new Constant("LEARN_HEBB", 0x2L, "LEARN_CTRL.MODE: a firing neuron potentiates synapses from driven rows."),
                        new Constant("LEARN_OJA", 0x3L, "LEARN_CTRL.MODE: as Hebb, and it depresses synapses from silent rows."),
                        new Constant("ACTION_CELL_READ", 0x0L, "Ledger action: a cell placed in a series string during a read."),
                        new Constant("ACTION_STRING_READ", 0x1L, "Ledger action: a series string charged to its threshold."),
                        new Constant("ACTION_TDC_CONVERSION", 0x2L, "Ledger action: one TDC conversion."),
                        new Constant("ACTION_TDC_COUNT", 0x3L, "Ledger action: one TDC clock period counted."),
                        new Constant("ACTION_NEURON_UPDATE", 0x4L, "Ledger action: one neuron updated in a timestep."),
                        new Constant("ACTION_SPIKE", 0x5L, "Ledger action: one spike emitted."),
                        new Constant("ACTION_NEURON_PULSE", 0x6L, "Ledger action: one pulse into an MTJ neuron or selection junction."),
                        new Constant("ACTION_NEURON_RESET", 0x7L, "Ledger action: one MTJ neuron reset pulse."),
                        new Constant("ACTION_SOT_PULSE", 0x8L, "Ledger action: one SOT write pulse into a crossbar cell."),
                        new Constant("ACTION_VERIFY_READ", 0x9L, "Ledger action: one single-cell read of the write or sense path."),
                        new Constant("ACTION_REGISTER_ACCESS", 0xAL, "Ledger action: one register or weight-window access."),
                        new Constant("ACTION_SOT_HEAT", 0xBL, "Ledger action: the Joule heat of SOT pulses in their write line, in mV^2 ps (amplitude squared times width)."),
                        new Constant("ACTION_COLUMN_CHARGE", 0xCL, "Ledger action: the charge of the strings' columns during reads, in cell capacitances charged."),
                        new Constant("ACTION_NEURON_BIT_OP", 0xDL, "Ledger action: one bit of an add, compare or register write in a CMOS neuron's datapath."),
                        new Constant("ACTION_ROUTER_HOP", 0xEL, "Ledger action: one packet switched by the tile's router onto a link to a neighbour."),
                        new Constant("ACTION_FIFO_PUSH", 0xFL, "Ledger action: one spike word written into the input FIFO for the tile or the output FIFO from it."),
                        new Constant("ACTION_FIFO_POP", 0x10L, "Ledger action: one spike word read from the input FIFO for the tile or the output FIFO from it."),
                        new Constant("ACTION_ROUTER_BUFFER_WRITE", 0x11L, "Ledger action: one packet written into a router input buffer (injected, or arriving over a link)."),
                        new Constant("ACTION_ROUTER_BUFFER_READ", 0x12L, "Ledger action: one packet read out of a router input buffer."),
                        new Constant("ACTION_ROUTER_EJECT", 0x13L, "Ledger action: one packet switched by the router to its own tile."),
                        new Constant("ACTION_LINK_UM", 0x14L, "Ledger action: micrometres of link the tile's packets crossed (a tile pitch per hop)."),
                        new Constant("ACTION_LEARNING_CHECK", 0x15L, "Ledger action: one spike-time check of the learning unit."),
                        new Constant("ACTION_TILE_WAKE", 0x16L, "Ledger action: one wake-up of the tile from power gating."),
                        new Constant("ACTION_CORE_ALU", 0x17L, "Ledger action: the SoC's: one ALU, branch, jump or fence instruction retired (a tile reads 0; the host report has it)."),
                        new Constant("ACTION_CORE_MEMORY", 0x18L, "Ledger action: the SoC's: one load or store retired (a tile reads 0)."),
                        new Constant("ACTION_CORE_MUL", 0x19L, "Ledger action: the SoC's: one multiply retired (a tile reads 0)."),
                        new Constant("ACTION_CORE_DIV", 0x1AL, "Ledger action: the SoC's: one divide or remainder retired (a tile reads 0)."),
                        new Constant("ACTION_CORE_SYSTEM", 0x1BL, "Ledger action: the SoC's: one CSR, ecall, mret or wfi retired (a tile reads 0)."),
                        new Constant("ACTION_RAM_READ", 0x1CL, "Ledger action: the SoC's: one RAM word read, fetch, load or DMA (a tile reads 0)."),
                        new Constant("ACTION_RAM_WRITE", 0x1DL, "Ledger action: the SoC's: one RAM store, DMA or host-link word written (a tile reads 0)."),
                        new Constant("ACTION_BUS_TRANSFER", 0x1EL, "Ledger action: the SoC's: one transfer on the peripheral bus (a tile reads 0)."),
                        new Constant("ACTION_PERIPHERAL_ACCESS", 0x1FL, "Ledger action: the SoC's: one access to a register of an SoC device (a tile reads 0)."),
                        new Constant("ACTION_DMA_WORD", 0x20L, "Ledger action: the SoC's: one spike word moved by the DMA engine (a tile reads 0)."),
                        new Constant("ACTION_HOST_WORD", 0x21L, "Ledger action: the SoC's: one word received over the host link (a tile reads 0)."),
                        new Constant("ACTION_ALWAYS_ON_PS", 0x22L, "Ledger action: the SoC's: picoseconds the always-on domain was powered (a tile reads 0)."),
                        new Constant("ACTION_TILE_POWERED_PS", 0x23L, "Ledger action: picoseconds the tile's own blocks were powered."),
                        new Constant("ACTION_RAM_BANK_PS", 0x24L, "Ledger action: the SoC's: picoseconds times RAM banks powered (a tile reads 0)."),
                        new Constant("ACTION_READ_PATH_PS", 0x25L, "Ledger action: picoseconds the tile's read path (array transistors and TDCs) was powered."),
                        new Constant("ACTION_JUNCTION_HEAT", 0x26L, "Ledger action: the Joule heat of learning pulses through spin-transfer-torque junctions (coincident and half-selected cells), in attojoules."),
                        new Constant("ACTION_LINE_CHARGE", 0x27L, "Ledger action: the charge of the row and column lines that learning pulses through spin-transfer-torque junctions drive, in cells on a line times its voltage squared (mV^2)."),
                        new Constant("RULE_NONE", 0x0L, "No change."),
                        new Constant("RULE_LTP", 0x1L, "Potentiate: a pulse toward parallel."),
                        new Constant("RULE_LTD", 0x2L, "Depress: a pulse toward antiparallel.")));
    }

    private static Device host() {
        return new Device("HOST", 0x40200000L, 0x1000L,
                "The host link of the development board: the files the host offers (a chip image, a dataset), copied into RAM by a DMA window, and a mailbox through which firmware reports to the host (results, progress, phase marks). The runner decides what the files are; their order is the command line's.",
                List.of(
                        new Register("FILES", 0x0L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Number of files the host offers.",
                                List.of()),
                        new Register("FILE", 0x4L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "File that FILE_SIZE and the DMA window address, from 0.",
                                List.of()),
                        new Register("FILE_SIZE", 0x8L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "Bytes of the selected file (0 when FILE is past the last).",
                                List.of()),
                        new Register("OFFSET", 0xCL, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Byte of the selected file at which the next copy starts.",
                                List.of()),
                        new Register("ADDRESS", 0x10L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "RAM address the next copy writes to.",
                                List.of()),
                        new Register("LENGTH", 0x14L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Bytes the next copy moves.",
                                List.of()),
                        new Register("CTRL", 0x18L, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "DMA window commands.",
                                List.of(
                                        new Field("START", 0, 1, "Copy LENGTH bytes of the selected file from OFFSET to RAM at ADDRESS; the copy takes one cycle a word."))),
                        new Register("STATUS", 0x1CL, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "DMA window state.",
                                List.of(
                                        new Field("BUSY", 0, 1, "A copy is running."),
                                        new Field("ERROR", 1, 1, "The last copy was refused: no such file, bytes past its end, or RAM that does not exist. Nothing was copied."))),
                        new Register("MBOX_ARG0", 0x20L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "First argument of the next mailbox command.",
                                List.of()),
                        new Register("MBOX_ARG1", 0x24L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Second argument of the next mailbox command.",
                                List.of()),
                        new Register("MBOX_ARG2", 0x28L, 32, Access.RW, Optional.empty(), 0x0L, 1, 4,
                                "Third argument of the next mailbox command.",
                                List.of()),
                        new Register("MBOX_CMD", 0x2CL, 32, Access.WO, Optional.empty(), 0x0L, 1, 4,
                                "Writing a command (MBOX_* constant) hands it and its arguments to the host.",
                                List.of()),
                        new Register("MBOX_REPLY", 0x30L, 32, Access.RO, Optional.empty(), 0x0L, 1, 4,
                                "The host's answer to the last command: 0 taken, 1 unknown command.",
                                List.of())),
                List.of(
                        new Constant("MBOX_RESULT", 0x1L, "Mailbox: an image was classified; ARG0 image, ARG1 answer (-1 for none), ARG2 label."),
                        new Constant("MBOX_PROGRESS", 0x2L, "Mailbox: ARG0 of ARG1 work items done."),
                        new Constant("MBOX_MARK", 0x3L, "Mailbox: the firmware enters phase ARG0 (the host notes the cycle)."),
                        new Constant("MBOX_SPIKE", 0x4L, "Mailbox: an output neuron fired; ARG0 sample, ARG1 output, ARG2 timestep of the sample.")));
    }
}
