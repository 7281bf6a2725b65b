package org.neuromtj.isa.core;

import java.util.OptionalInt;

/**
 * Where traps go: the handler mtvec selects for a cause (vectored for interrupts when its mode is 1),
 * whether a handler exists in RAM at all, and which pending interrupt is taken first (external, then
 * software, then timer, as the privileged specification orders them).
 */
final class Traps {
    private final CsrFile csrs;
    private final Ram ram;

    Traps(CsrFile csrs, Ram ram) {
        this.csrs = csrs;
        this.ram = ram;
    }

    /**
     * Enters the handler of a trap, recording it in the CSRs.
     *
     * @param cause mcause
     * @param tval  mtval
     * @param epc   the address to return to
     * @return the handler's address, or empty when mtvec names no handler in RAM (the hart halts, and
     *         the CSRs are left as they were)
     */
    OptionalInt enter(int cause, int tval, int epc) {
        int mtvec = csrs.mtvec();
        int base = mtvec & ~3;
        int handler = (mtvec & 1) != 0 && (cause & TrapCause.INTERRUPT) != 0 ? base + 4 * (cause & 0x1F) : base;
        if (mtvec == 0 || !ram.contains(Integer.toUnsignedLong(handler), 4)) {
            return OptionalInt.empty();
        }
        csrs.enterTrap(cause, tval, epc);
        return OptionalInt.of(handler);
    }

    /** @return the mcause of the interrupt to take now, or 0 when none is */
    int interrupt() {
        int pending = csrs.takeable();
        if (pending == 0) {
            return 0;
        }
        int code = (pending & (1 << Csr.MEI)) != 0 ? Csr.MEI : (pending & (1 << Csr.MSI)) != 0 ? Csr.MSI : Csr.MTI;
        return TrapCause.INTERRUPT | code;
    }
}
