package org.neuromtj.isa.core;

/**
 * A trap the firmware did not handle (no usable {@code mtvec}), which halts the core.
 *
 * @param pc     address of the trapping instruction (for interrupts: of the next instruction)
 * @param mcause the cause as mcause would hold it
 * @param mtval  the trap value as mtval would hold it
 */
public record TrapReport(int pc, int mcause, int mtval) {

    @Override
    public String toString() {
        return String.format("unhandled trap: %s (mcause 0x%08x) at pc 0x%08x, mtval 0x%08x",
                TrapCause.describe(mcause), mcause, pc, mtval);
    }
}
